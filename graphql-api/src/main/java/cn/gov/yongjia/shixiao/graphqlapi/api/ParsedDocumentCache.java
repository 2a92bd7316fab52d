package cn.gov.yongjia.shixiao.graphqlapi.api;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Keeps the parsed and validated form of the documents the API receives, keyed by their text, so that the same
 * document (a partner app's or the portal's fixed queries, sent again with other variables) is parsed and validated
 * once, not on every request: the benchmark found parsing and validation to be about a quarter of the API's own work
 * per search. Validation does not depend on variables, so the entry, errors included, holds for every request with the
 * same text. Bounded by {@link #MAX_DOCUMENTS}, least recently used first out, so that many distinct documents (or an
 * attacker's) cannot grow it; the parser's token limit ({@code ParserTokenLimit}, part of {@code QueryLimits}) applies before anything is kept.
 */
@Component
class ParsedDocumentCache implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

    static final int MAX_DOCUMENTS = 1_000;

    private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
            .maximumSize(MAX_DOCUMENTS)
            .build();

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return CompletableFuture.completedFuture(documents.get(input.getQuery(), query -> parseAndValidate.apply(input)));
    }

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    /** Whether the parsed form of this document text is kept now. */
    boolean holds(String query) {
        return documents.getIfPresent(query) != null;
    }
}
