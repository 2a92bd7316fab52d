package cn.gov.yongjia.shixiao.graphqlapi.business;

import java.util.Optional;

import cn.gov.yongjia.shixiao.graphqlapi.relay.NodeResolver;
import org.springframework.stereotype.Component;

@Component
class BusinessNodeResolver implements NodeResolver {

    private final BusinessRegistry registry;

    BusinessNodeResolver(BusinessRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String typeName() {
        return Business.TYPE;
    }

    @Override
    public Optional<Business> find(long key) {
        return registry.find(key);
    }
}
