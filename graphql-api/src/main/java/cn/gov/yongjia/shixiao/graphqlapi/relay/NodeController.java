package cn.gov.yongjia.shixiao.graphqlapi.relay;

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
        return ids.stream().map(this::node).toList();
    }

    @QueryMapping
    Object node(@Argument String id) {
        GlobalId globalId = GlobalId.decode(id, "id");
        NodeResolver resolver = resolvers.get(globalId.type());
        return resolver == null ? null : resolver.find(globalId.key()).orElse(null);
    }
}
