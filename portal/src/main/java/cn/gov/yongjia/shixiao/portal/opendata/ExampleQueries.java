package cn.gov.yongjia.shixiao.portal.opendata;

import java.util.List;

/** Example requests shown on the open-data page and loadable into the explorer; the partner query is README's. */
public final class ExampleQueries {

    /** An example: a translation key for its title, the document and its variables (JSON). */
    public record Example(String id, String titleKey, String query, String variables) {
    }

    public static final List<Example> ALL = List.of(
            new Example("headline", "opendata.example.headline", """
                    query headline {
                      statistics {
                        asOf
                        headline { businesses openBusinesses ratedBusinesses publicInspections }
                        inspectedThisQuarter { year quarter inspected openBusinesses share }
                      }
                    }""", "{}"),
            new Example("search", "opendata.example.search", """
                    query search($text: String!) {
                      searchBusinesses(query: $text, first: 5) {
                        totalCount
                        edges { node { id name trade township { name } rating { grade ratedOn stale } } }
                      }
                    }""", "{\"text\": \"面馆\"}"),
            new Example("partner", "opendata.example.partner", """
                    query partnerPage($after: String) {
                      businesses(first: 100, after: $after) {
                        totalCount
                        pageInfo { hasNextPage endCursor }
                        edges {
                          node {
                            id name shopSignName trade status
                            township { name }
                            rating { grade face score ratedOn validUntil stale pending pendingReason }
                            inspections(first: 3) {
                              inspectedOn kind totalScore outcome
                              violations { code description severity correction }
                            }
                          }
                        }
                      }
                    }""", "{\"after\": null}"),
            new Example("legend", "opendata.example.legend", """
                    query legend {
                      ratingScheme { bands { grade face minScore label labelEn } validityMonths staleAfterMonths }
                      trades { trade name nameEn leadDepartment { name } }
                    }""", "{}"),
            new Example("downloads", "opendata.example.downloads", """
                    query downloads {
                      openData {
                        licence licenceUrl dataDictionaryUrl
                        datasets { name csvUrl jsonUrl columns { name type description } }
                      }
                    }""", "{}"));

    private ExampleQueries() {
    }

    public static Example first() {
        return ALL.getFirst();
    }
}
