package cn.gov.yongjia.shixiao.portal.api;

import java.time.Duration;

import com.netflix.graphql.dgs.client.codegen.BaseProjectionNode;
import com.netflix.graphql.dgs.client.codegen.GraphQLQuery;
import com.netflix.graphql.dgs.client.codegen.GraphQLQueryRequest;
import org.springframework.graphql.client.GraphQlClientException;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The portal's only way to data: typed requests from the client API generated in {@code schema}, sent to the
 * GraphQL endpoint over HTTP, answers mapped to the generated types.
 */
@Component
public class GraphQlApi {

    private final HttpSyncGraphQlClient client;

    GraphQlApi(PortalProperties properties, RestClient.Builder restClients) {
        var requestFactory = new JdkClientHttpRequestFactory(
                java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requestFactory.setReadTimeout(Duration.ofSeconds(10));
        this.client = HttpSyncGraphQlClient.create(restClients.clone()
                .baseUrl(properties.apiUrl().toString())
                .requestFactory(requestFactory)
                .build());
    }

    /** Runs one query and maps the field at {@code path} (the query's root field) to {@code type}. */
    public <T> T query(GraphQLQuery query, BaseProjectionNode projection, Class<T> type) {
        String document = new GraphQLQueryRequest(query, projection).serialize();
        try {
            return client.document(document).retrieveSync(query.getOperationName()).toEntity(type);
        } catch (GraphQlClientException | RestClientException e) {
            throw new ApiUnavailableException("The GraphQL API did not answer " + query.getOperationName(), e);
        }
    }
}
