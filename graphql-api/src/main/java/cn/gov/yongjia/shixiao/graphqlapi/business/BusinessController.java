package cn.gov.yongjia.shixiao.graphqlapi.business;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.graphqlapi.api.InvalidArgumentException;
import cn.gov.yongjia.shixiao.graphqlapi.region.GeoPoint;
import cn.gov.yongjia.shixiao.graphqlapi.region.GridCell;
import cn.gov.yongjia.shixiao.graphqlapi.region.SupervisingOffice;
import cn.gov.yongjia.shixiao.graphqlapi.region.SupervisingOffices;
import cn.gov.yongjia.shixiao.graphqlapi.region.Township;
import cn.gov.yongjia.shixiao.graphqlapi.region.Village;
import cn.gov.yongjia.shixiao.graphqlapi.region.Villages;
import cn.gov.yongjia.shixiao.graphqlapi.region.Townships;
import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccess;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffMember;
import cn.gov.yongjia.shixiao.schema.types.ChangeBusinessStatusInput;
import cn.gov.yongjia.shixiao.schema.types.GeoPointInput;
import cn.gov.yongjia.shixiao.schema.types.RegisterBusinessInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class BusinessController {

    private final BusinessRegistry registry;
    private final StaffAccess access;
    private final Townships townships;
    private final Villages villages;
    private final SupervisingOffices offices;

    BusinessController(BusinessRegistry registry, StaffAccess access, Townships townships, Villages villages,
                       SupervisingOffices offices) {
        this.registry = registry;
        this.access = access;
        this.townships = townships;
        this.villages = villages;
        this.offices = offices;
    }

    @QueryMapping
    Business business(@Argument String id, @Argument String creditCode) {
        if ((id == null) == (creditCode == null)) {
            throw new InvalidArgumentException("id", "请给出 id 或 creditCode 之一 / Give exactly one of id and creditCode");
        }
        if (id != null) {
            return registry.find(GlobalId.keyOf(id, Business.TYPE, "id")).orElse(null);
        }
        if (CreditCode.parse(creditCode).isEmpty()) {
            throw new InvalidArgumentException("creditCode", "不是有效的统一社会信用代码 / Not a valid unified social credit code");
        }
        return registry.findByCreditCode(creditCode).orElse(null);
    }

    @MutationMapping
    BusinessRegistry.Outcome registerBusiness(@Argument RegisterBusinessInput input) {
        StaffMember staff = access.requireMayActOn(input.getTrade(), blankToNull(input.getTownshipCode()));
        GeoPointInput location = input.getLocation();
        NewBusiness business = new NewBusiness(input.getName(), input.getTrade(), input.getShopSignName(),
                input.getCreditCode(), input.getRegistrationNumber(), input.getAddress(), input.getTownshipCode(),
                location == null ? null : new GeoPoint(location.getLat(), location.getLon()),
                Boolean.TRUE.equals(input.getPrivateResidence()), input.getOwnerName(), input.getContactPhone(),
                input.getVillageCode(), input.getGridCellCode());
        return registry.register(business, false, staff.username());
    }

    @MutationMapping
    BusinessRegistry.Outcome updateBusiness(@Argument cn.gov.yongjia.shixiao.schema.types.UpdateBusinessInput input) {
        long key = GlobalId.keyOf(input.getId(), Business.TYPE, "id");
        Business business = registry.find(key).orElse(null);
        if (business == null) {
            return new BusinessRegistry.Outcome(null, List.of(cn.gov.yongjia.shixiao.graphqlapi.api.UserError.noSuchBusiness("input", "id")));
        }
        StaffMember staff = access.requireMayActOn(business.trade(), business.townshipCode());
        String newTownship = blankToNull(input.getTownshipCode());
        if (newTownship != null && !newTownship.equals(business.townshipCode())) {
            access.requireMayActOn(business.trade(), newTownship); // moving it needs scope over the new township too
        }
        GeoPointInput location = input.getLocation();
        return registry.update(key, new BusinessChanges(input.getName(), input.getShopSignName(), input.getCreditCode(),
                input.getAddress(), input.getTownshipCode(),
                location == null ? null : new GeoPoint(location.getLat(), location.getLon()), input.getPrivateResidence(),
                input.getOwnerName(), input.getContactPhone(), input.getVillageCode(), input.getGridCellCode()),
                staff.username());
    }

    @MutationMapping
    BusinessRegistry.Outcome changeBusinessStatus(@Argument ChangeBusinessStatusInput input) {
        long key = GlobalId.keyOf(input.getBusinessId(), Business.TYPE, "businessId");
        Business business = registry.find(key).orElse(null);
        if (business == null) {
            return new BusinessRegistry.Outcome(null, List.of(cn.gov.yongjia.shixiao.graphqlapi.api.UserError.noSuchBusiness("input", "businessId")));
        }
        StaffMember staff = access.requireMayActOn(business.trade(), business.townshipCode());
        return registry.changeStatus(key, input.getStatus(), input.getEffectiveOn(), input.getReason(), staff.username());
    }

    @MutationMapping
    BusinessRegistry.Outcome setBusinessSupervision(@Argument cn.gov.yongjia.shixiao.schema.types.SetBusinessSupervisionInput input) {
        long key = GlobalId.keyOf(input.getBusinessId(), Business.TYPE, "businessId");
        Business business = registry.find(key).orElse(null);
        if (business == null) {
            return new BusinessRegistry.Outcome(null, List.of(cn.gov.yongjia.shixiao.graphqlapi.api.UserError.noSuchBusiness("input", "businessId")));
        }
        StaffMember staff = access.requireMayActOn(business.trade(), business.townshipCode());
        return registry.setSupervision(key, input.getRiskClass(), input.getSupervisingOfficeCode(), input.getReason(),
                staff.username());
    }

    /** Villages, grid cells and offices are held in memory: a page of businesses costs no query for them. */
    @SchemaMapping(typeName = Business.TYPE)
    Village village(Business business) {
        return villages.find(business.villageCode()).orElse(null);
    }

    @SchemaMapping(typeName = Business.TYPE)
    GridCell gridCell(Business business) {
        return villages.findGridCell(business.gridCellCode()).orElse(null);
    }

    @SchemaMapping(typeName = Business.TYPE)
    SupervisingOffice supervisingOffice(Business business) {
        return offices.find(business.supervisingOfficeCode()).orElse(null);
    }

    @SchemaMapping(typeName = Business.TYPE)
    Township township(Business business) {
        return townships.find(business.townshipCode()).orElse(null);
    }

    /** A business run from a private residence is never pinned: its location is withheld from everyone. */
    @SchemaMapping(typeName = Business.TYPE)
    GeoPoint location(Business business) {
        return business.privateResidence() ? null : business.location();
    }

    @SchemaMapping(typeName = Business.TYPE)
    String ownerName(Business business) {
        return access.isStaff() ? business.ownerName() : null;
    }

    @SchemaMapping(typeName = Business.TYPE)
    String contactPhone(Business business) {
        return access.isStaff() ? business.contactPhone() : null;
    }

    /** All status histories of a page of businesses in one query (no N+1). */
    @BatchMapping(typeName = Business.TYPE)
    Map<Business, List<StatusChange>> statusHistory(List<Business> businesses) {
        Map<Long, List<StatusChange>> histories = registry.statusHistories(
                businesses.stream().map(Business::key).toList());
        return businesses.stream().collect(Collectors.toMap(Function.identity(),
                b -> histories.getOrDefault(b.key(), List.of()), (a, b) -> a));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
