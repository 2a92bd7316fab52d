package cn.gov.yongjia.shixiao.portal.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.netflix.graphql.dgs.client.codegen.BaseProjectionNode;
import com.netflix.graphql.dgs.client.codegen.GraphQLMultiQueryRequest;
import com.netflix.graphql.dgs.client.codegen.GraphQLQuery;
import com.netflix.graphql.dgs.client.codegen.GraphQLQueryRequest;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.GraphQlClientException;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The portal's only way to data: typed requests from the client API generated in {@code schema}, sent to the
 * GraphQL endpoint over HTTP, answers mapped to the generated types. Every request is counted for the page being
 * served ({@link ServerTiming}).
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
        return queryAll(Map.of(query.getOperationName(), new Part(query, projection))).get(query.getOperationName(), type);
    }

    /**
     * Several root fields in ONE request (one round trip per page view), each under its alias: the map's key.
     * A field the API answered with an error fails only when it is read ({@link Answer#get}).
     */
    public Answer queryAll(Map<String, Part> parts) {
        List<GraphQLQueryRequest> requests = parts.entrySet().stream().map(entry -> {
            GraphQLQuery query = entry.getValue().query();
            if (!entry.getKey().equals(query.getOperationName())) {
                query.setQueryAlias(entry.getKey());
            }
            return new GraphQLQueryRequest(query, entry.getValue().projection());
        }).toList();
        String document = requests.size() == 1 ? requests.getFirst().serialize()
                : new GraphQLMultiQueryRequest(requests).serialize();
        long started = System.nanoTime();
        try {
            return new Answer(client.document(document).executeSync());
        } catch (GraphQlClientException | RestClientException e) {
            throw new ApiUnavailableException("The GraphQL API did not answer " + parts.keySet(), e);
        } finally {
            ApiCalls.record(System.nanoTime() - started);
        }
    }

    /**
     * Runs one query or mutation for a signed-in staff member: the request carries {@code Authorization: Bearer}
     * (public requests never do). An error of the field becomes an {@link ApiUnavailableException} with its
     * {@code extensions.code} and the API's own message, which the staff area shows.
     */
    public <T> T sendAsStaff(String bearerToken, GraphQLQuery query, BaseProjectionNode projection, Class<T> type) {
        String document = new GraphQLQueryRequest(query, projection).serialize();
        ClientGraphQlResponse response;
        long started = System.nanoTime();
        try {
            response = client.mutate().header("Authorization", "Bearer " + bearerToken).build()
                    .document(document).executeSync();
        } catch (HttpClientErrorException.Unauthorized e) {
            throw new ApiUnavailableException("The API no longer knows the staff token", "UNAUTHENTICATED");
        } catch (GraphQlClientException | RestClientException e) {
            throw new ApiUnavailableException("The GraphQL API did not answer " + query.getOperationName(), e);
        } finally {
            ApiCalls.record(System.nanoTime() - started);
        }
        var field = response.field(query.getOperationName());
        List<ResponseError> errors = field.getErrors().isEmpty() ? response.getErrors() : field.getErrors();
        if (!errors.isEmpty() && field.getValue() == null) {
            ResponseError error = errors.getFirst();
            Object code = error.getExtensions().get("code");
            throw new ApiUnavailableException(error.getMessage(), code == null ? "INTERNAL" : code.toString());
        }
        try {
            return field.toEntity(type);
        } catch (GraphQlClientException e) {
            throw new ApiUnavailableException("Unexpected answer for " + query.getOperationName(), e);
        }
    }

    /** One root field of a request: a generated query with its projection. */
    public record Part(GraphQLQuery query, BaseProjectionNode projection) {
    }

    /** The answer to a request of several root fields. */
    public static final class Answer {

        private final ClientGraphQlResponse response;

        Answer(ClientGraphQlResponse response) {
            this.response = response;
        }

        /**
         * The field under {@code alias}, mapped to {@code type}; an error of that field becomes an
         * {@link ApiUnavailableException} carrying its {@code extensions.code}.
         */
        public <T> T get(String alias, Class<T> type) {
            var field = response.field(alias);
            List<ResponseError> errors = field.getErrors();
            if (!errors.isEmpty() || (field.getValue() == null && !response.isValid())) {
                List<ResponseError> all = errors.isEmpty() ? response.getErrors() : errors;
                String code = all.stream().map(e -> e.getExtensions().get("code")).filter(c -> c != null)
                        .map(Object::toString).findFirst().orElse("INTERNAL");
                throw new ApiUnavailableException("The GraphQL API answered " + alias + " with " + code, code);
            }
            try {
                return field.toEntity(type);
            } catch (GraphQlClientException e) {
                throw new ApiUnavailableException("Unexpected answer for " + alias, e);
            }
        }

        /**
         * As {@link #get}, but null when the field is null or its argument was refused ({@code INVALID_ARGUMENT}):
         * for lookups by an ID or code that came from a URL.
         */
        public <T> T getOrNull(String alias, Class<T> type) {
            try {
                return get(alias, type);
            } catch (ApiUnavailableException e) {
                if ("INVALID_ARGUMENT".equals(e.code())) {
                    return null;
                }
                throw e;
            }
        }

        /** As {@link #get} for a list field. */
        public <T> List<T> list(String alias, Class<T> elementType) {
            get(alias, Object.class);
            return response.field(alias).toEntityList(elementType);
        }
    }
}
