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
    Object node(@Argument String id) {
        GlobalId globalId = GlobalId.decode(id, "id");
        NodeResolver resolver = resolvers.get(globalId.type());
        return resolver == null ? null : resolver.find(globalId.key()).orElse(null);
    }
}
