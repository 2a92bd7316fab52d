package cn.gov.yongjia.shixiao.graphqlapi.business;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    @Override
    public Map<Long, Business> findAll(Collection<Long> keys) {
        return registry.findAll(keys).stream().collect(Collectors.toMap(Business::key, Function.identity()));
    }
}
