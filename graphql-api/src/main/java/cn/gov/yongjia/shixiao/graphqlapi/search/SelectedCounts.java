package cn.gov.yongjia.shixiao.graphqlapi.search;

import java.util.EnumSet;
import java.util.Map;

import cn.gov.yongjia.shixiao.searchindex.business.BusinessQuery;
import graphql.execution.conditional.ConditionalNodes;
import graphql.language.DirectivesContainer;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;

/**
 * Which counts over every hit ({@code totalCount}, {@code facets}) a {@code searchBusinesses} field selects, read
 * straight from the query's syntax tree: its own selections, inline fragments and named fragments, with
 * {@code @skip} and {@code @include} applied. {@code DataFetchingFieldSelectionSet} answers the same but first builds
 * the normalised form of the whole operation, about 6 % of the API's CPU per search (JFR, benchmark mix).
 */
final class SelectedCounts {

    private static final ConditionalNodes CONDITIONS = new ConditionalNodes();

    private final DataFetchingEnvironment environment;
    private final Map<String, FragmentDefinition> fragments;

    private SelectedCounts(DataFetchingEnvironment environment) {
        this.environment = environment;
        this.fragments = environment.getFragmentsByName();
    }

    static EnumSet<BusinessQuery.Count> of(DataFetchingEnvironment environment) {
        SelectedCounts selected = new SelectedCounts(environment);
        EnumSet<BusinessQuery.Count> counts = EnumSet.noneOf(BusinessQuery.Count.class);
        if (selected.anyField("totalCount")) {
            counts.add(BusinessQuery.Count.TOTAL);
        }
        if (selected.anyField("facets")) {
            counts.add(BusinessQuery.Count.FACETS);
        }
        return counts;
    }

    /** Whether a field of this name is selected directly under the search field (however it is aliased). */
    private boolean anyField(String name) {
        return environment.getMergedField().getFields().stream()
                .anyMatch(field -> selects(field.getSelectionSet(), name));
    }

    private boolean selects(SelectionSet selections, String name) {
        if (selections == null) {
            return false;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field && included(field) && field.getName().equals(name)) {
                return true;
            }
            if (selection instanceof InlineFragment inline && included(inline)
                    && selects(inline.getSelectionSet(), name)) {
                return true;
            }
            if (selection instanceof FragmentSpread spread && included(spread) && fragments.containsKey(spread.getName())
                    && selects(fragments.get(spread.getName()).getSelectionSet(), name)) {
                return true; // validation has already refused fragment cycles
            }
        }
        return false;
    }

    private boolean included(DirectivesContainer<?> node) {
        return !CONDITIONS.containsSkipOrIncludeDirective(node)
                || CONDITIONS.shouldInclude(node, environment.getVariables(), environment.getGraphQLSchema(),
                environment.getGraphQlContext());
    }
}
