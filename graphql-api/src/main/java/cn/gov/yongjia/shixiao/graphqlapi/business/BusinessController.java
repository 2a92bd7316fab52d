package cn.gov.yongjia.shixiao.graphqlapi.business;

import cn.gov.yongjia.shixiao.graphqlapi.relay.Connection;
import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import cn.gov.yongjia.shixiao.graphqlapi.relay.PageRequest;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccess;
import cn.gov.yongjia.shixiao.schema.types.RegisterBusinessInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class BusinessController {

    private final BusinessRegistry registry;
    private final StaffAccess access;

    BusinessController(BusinessRegistry registry, StaffAccess access) {
        this.registry = registry;
        this.access = access;
    }

    @QueryMapping
    Business business(@Argument String id) {
        return registry.find(GlobalId.keyOf(id, Business.TYPE, "id")).orElse(null);
    }

    @QueryMapping
    Connection<Business> businesses(@Argument Integer first, @Argument String after) {
        return registry.page(PageRequest.of(first, after));
    }

    @MutationMapping
    BusinessRegistry.Registration registerBusiness(@Argument RegisterBusinessInput input) {
        access.requireMayActOn(input.getTrade(), null);
        return registry.register(input.getName(), input.getTrade(), false);
    }

    @SchemaMapping(typeName = Business.TYPE, field = "id")
    String id(Business business) {
        return business.globalId();
    }
}
