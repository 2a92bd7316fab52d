package cn.gov.yongjia.shixiao.graphqlapi.api;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The parsed-document cache: one parse per document text, errors kept like documents, other texts parsed anew. */
class ParsedDocumentCacheTest {

    private final ParsedDocumentCache cache = new ParsedDocumentCache();
    private final AtomicInteger parses = new AtomicInteger();
    private final Function<ExecutionInput, PreparsedDocumentEntry> parser = input -> {
        parses.incrementAndGet();
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    private PreparsedDocumentEntry get(String query, Function<ExecutionInput, PreparsedDocumentEntry> parse) {
        return cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), parse).join();
    }

    @Test
    void theSameTextIsParsedOnceWhateverTheVariables() {
        String query = "query($q: String!) { searchBusinesses(query: $q) { totalCount } }";
        PreparsedDocumentEntry first = cache.getDocumentAsync(ExecutionInput.newExecutionInput(query)
                .variables(java.util.Map.of("q", "兰州")).build(), parser).join();
        PreparsedDocumentEntry second = cache.getDocumentAsync(ExecutionInput.newExecutionInput(query)
                .variables(java.util.Map.of("q", "lzlm")).build(), parser).join();

        assertThat(second).isSameAs(first);
        assertThat(parses).hasValue(1);
        assertThat(cache.holds(query)).isTrue();
    }

    @Test
    void anotherTextIsParsedOnItsOwn() {
        get("{ a: __typename }", parser);
        PreparsedDocumentEntry other = get("{ b: __typename }", parser);

        assertThat(parses).hasValue(2);
        assertThat(other.getDocument().getDefinitions()).hasSize(1);
    }

    @Test
    void aRefusedDocumentIsRefusedAgainWithoutParsing() {
        Function<ExecutionInput, PreparsedDocumentEntry> refusing = input -> {
            parses.incrementAndGet();
            return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("Validation error").build());
        };
        PreparsedDocumentEntry first = get("{ noSuchField }", refusing);
        PreparsedDocumentEntry again = get("{ noSuchField }", refusing);

        assertThat(again.hasErrors()).isTrue();
        assertThat(again.getErrors()).isEqualTo(first.getErrors());
        assertThat(parses).hasValue(1);
    }
}
