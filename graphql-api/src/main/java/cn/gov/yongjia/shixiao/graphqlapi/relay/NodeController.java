package cn.gov.yongjia.shixiao.graphqlapi.relay;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class NodeController {

    private final Map<String, NodeResolver> resolvers;

    NodeController(List<NodeResolver> resolvers) {
        this.resolvers = resolvers.stream().collect(Collectors.toMap(NodeResolver::typeName, Function.identity()));
    }

    @QueryMapping
    List<Object> nodes(@Argument List<String> ids) {
        if (ids.size() > PageRequest.MAX_PAGE_SIZE) {
            throw new cn.gov.yongjia.shixiao.graphqlapi.api.InvalidArgumentException("ids",
                    "最多 " + PageRequest.MAX_PAGE_SIZE + " 个 ID / At most " + PageRequest.MAX_PAGE_SIZE + " IDs");
        }
        // every ID is checked before anything is read; then one lookup per type, not one per ID
        List<GlobalId> globalIds = ids.stream().map(id -> GlobalId.decode(id, "ids")).toList();
        Map<String, Map<Long, ?>> found = new HashMap<>();
        globalIds.stream().collect(Collectors.groupingBy(GlobalId::type, Collectors.mapping(GlobalId::key,
                        Collectors.toCollection(LinkedHashSet::new))))
                .forEach((type, keys) -> {
                    NodeResolver resolver = resolvers.get(type);
                    found.put(type, resolver == null ? Map.of() : resolver.findAll(keys));
                });
        return globalIds.stream().map(id -> (Object) found.get(id.type()).get(id.key())).toList();
    }

    @QueryMapping
    Object node(@Argument String id) {
        GlobalId globalId = GlobalId.decode(id, "id");
        NodeResolver resolver = resolvers.get(globalId.type());
        return resolver == null ? null : resolver.find(globalId.key()).orElse(null);
    }
}
