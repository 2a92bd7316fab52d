package cn.gov.yongjia.shixiao.graphqlapi.search;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessQuery;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessSearch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;

/**
 * {@code searchBusinesses} and {@code suggestBusinessNames} over the real API, PostgreSQL and Elasticsearch: every
 * filter, every order, facets, distances (and the private-residence rule), highlights, pages and autocomplete.
 * This test has a test context, and so a register and an index, of its own (the property below keeps other tests'
 * contexts from being reused): six businesses whose names contain 兰州, and what the tests add.
 */
@PlatformIntegrationTest
@TestPropertySource(properties = "yongjia.test.own-register=search")
class BusinessSearchIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    /** Where the private residence really is; its index holds only the 0.01° grid point (28.03, 120.65). */
    private static final Map<String, Object> AT_THE_HOME = Map.of("lat", 28.0346, "lon", 120.6544);
    private static final Map<String, String> IDS = new LinkedHashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    /** The real search (real Elasticsearch), watched only to see what the API asks it to count. */
    @MockitoSpyBean
    BusinessSearch businessSearch;

    HttpGraphQlTester admin;
    HttpGraphQlTester anonymous;

    @BeforeEach
    void register() {
        StaffClients.ensureAccounts(accounts);
        admin = StaffClients.as(port, StaffClients.ADMIN);
        anonymous = StaffClients.anonymous(port);
        synchronized (IDS) {
            if (!IDS.isEmpty()) {
                return;
            }
            IDS.put("lamian", register("瓯北兰州拉面馆", "RESTAURANT", "OUBEI", 28.0250, 120.6450, false));
            IDS.put("beef", register("瓯北兰州牛肉面", "RESTAURANT", "OUBEI", 28.0400, 120.6600, false));
            IDS.put("qiaotou", register("桥头兰州拉面", "RESTAURANT", "QIAOTOU", 28.1100, 120.5600, false));
            IDS.put("hotel", register("瓯北兰州旅馆", "HOTEL", "OUBEI", 28.0330, 120.6500, false));
            IDS.put("closed", register("瓯北兰州拉面老店", "RESTAURANT", "OUBEI", 28.0310, 120.6510, false));
            IDS.put("home", register("瓯北兰州家庭面馆", "RESTAURANT", "OUBEI", 28.0346, 120.6544, true));
            publish(inspection(IDS.get("lamian"), TODAY.minusDays(2), 38, 29, 28));      // 95: A
            publish(inspection(IDS.get("beef"), TODAY.minusMonths(14), 27, 19, 19));     // 65: C, stale
            publish(inspection(IDS.get("qiaotou"), TODAY.minusDays(30), 32, 24, 24));    // 80: B
            admin.documentName("changeBusinessStatus").variable("input", Map.of("businessId", IDS.get("closed"),
                            "status", "CLOSED", "reason", "歇业"))
                    .execute().path("changeBusinessStatus.business.status").entity(String.class).isEqualTo("CLOSED");
        }
        // every change, the ratings included, reaches the index through the outbox within about a refresh interval
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(search(vars("兰州").filter(Map.of("statuses", List.of("OPEN", "SUSPENDED", "CLOSED")))
                        .sort("RATING"))
                        .path("searchBusinesses.edges[*].node.rating.grade").entityList(String.class).get())
                        .hasSize(6).startsWith("A", "B", "C"));
        // the closing is a change of its own: wait until the default (open-only) search no longer finds that shop
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                search(vars("兰州")).path("searchBusinesses.totalCount").entity(Integer.class).isEqualTo(5));
    }

    @Test
    void onlyOpenBusinessesAreFoundUnlessAskedOtherwise() {
        assertThat(names(search(vars("兰州"))))
                .containsExactlyInAnyOrder("瓯北兰州拉面馆", "瓯北兰州牛肉面", "桥头兰州拉面", "瓯北兰州旅馆", "瓯北兰州家庭面馆");
        assertThat(names(search(vars("兰州").filter(Map.of("statuses", List.of("CLOSED"))))))
                .containsExactly("瓯北兰州拉面老店");
        search(vars("兰州").filter(Map.of("trades", List.of("RESTAURANT"))))
                .path("searchBusinesses.totalCount").entity(Integer.class).isEqualTo(4);
    }

    @Test
    void tradesTownshipsRatingsAndStalenessFilter() {
        assertThat(names(search(vars("兰州").filter(Map.of("trades", List.of("HOTEL")))))).containsExactly("瓯北兰州旅馆");
        assertThat(names(search(vars("兰州").filter(Map.of("townships", List.of("QIAOTOU")))))).containsExactly("桥头兰州拉面");
        assertThat(names(search(vars("兰州").filter(Map.of("ratingAtLeast", "B")))))
                .containsExactlyInAnyOrder("瓯北兰州拉面馆", "桥头兰州拉面");
        assertThat(names(search(vars("兰州").filter(Map.of("ratingAtLeast", "C")))))
                .containsExactlyInAnyOrder("瓯北兰州拉面馆", "桥头兰州拉面", "瓯北兰州牛肉面");
        search(vars("兰州").filter(Map.of("staleOnly", true)))
                .path("searchBusinesses.edges[*].node.name").entityList(String.class).containsExactly("瓯北兰州牛肉面")
                .path("searchBusinesses.edges[0].node.rating.stale").entity(Boolean.class).isEqualTo(true);
        assertThat(names(search(vars("兰州").filter(Map.of("trades", List.of("RESTAURANT"), "townships", List.of("OUBEI"),
                "ratingAtLeast", "A"))))).containsExactly("瓯北兰州拉面馆");
    }

    @Test
    void facetsCountTheHitsPerTradeTownshipAndRatingEachWithoutItsOwnFilter() {
        GraphQlTester.Response all = search(vars("兰州"));
        assertThat(facet(all, "trades")).containsExactlyInAnyOrderEntriesOf(Map.of("RESTAURANT", 4, "HOTEL", 1));
        assertThat(facet(all, "townships")).containsExactlyInAnyOrderEntriesOf(Map.of("OUBEI", 4, "QIAOTOU", 1));
        assertThat(facet(all, "ratings")).containsExactlyInAnyOrderEntriesOf(Map.of("A", 1, "B", 1, "C", 1, "PENDING", 2));
        all.path("searchBusinesses.facets.townships[?(@.value == 'OUBEI')].township.name").entityList(String.class)
                .containsExactly("瓯北街道");

        GraphQlTester.Response hotels = search(vars("兰州").filter(Map.of("trades", List.of("HOTEL"))));
        hotels.path("searchBusinesses.totalCount").entity(Integer.class).isEqualTo(1);
        assertThat(facet(hotels, "trades")).as("the trade dimension ignores the trade filter")
                .containsExactlyInAnyOrderEntriesOf(Map.of("RESTAURANT", 4, "HOTEL", 1));
        assertThat(facet(hotels, "townships")).containsExactlyInAnyOrderEntriesOf(Map.of("OUBEI", 1));
        assertThat(facet(hotels, "ratings")).containsExactlyInAnyOrderEntriesOf(Map.of("PENDING", 1));
    }

    @Test
    void everyOrder() {
        assertThat(names(search(vars("兰州").sort("RATING"))))
                .startsWith("瓯北兰州拉面馆", "桥头兰州拉面", "瓯北兰州牛肉面")
                .endsWith("瓯北兰州旅馆", "瓯北兰州家庭面馆").hasSize(5);
        assertThat(names(search(vars("兰州").sort("NAME")))).as("by pinyin: jia, la, lv, niu, then qiao")
                .containsExactly("瓯北兰州家庭面馆", "瓯北兰州拉面馆", "瓯北兰州旅馆", "瓯北兰州牛肉面", "桥头兰州拉面");
        assertThat(names(search(vars("兰州").sort("LAST_INSPECTED"))))
                .containsExactly("瓯北兰州拉面馆", "桥头兰州拉面", "瓯北兰州牛肉面", "瓯北兰州旅馆", "瓯北兰州家庭面馆");
        assertThat(names(search(vars("兰州拉面"))).subList(0, 2)).as("the two with the whole phrase first")
                .containsExactlyInAnyOrder("瓯北兰州拉面馆", "桥头兰州拉面");
        assertThat(names(search(vars("兰州").sort("DISTANCE").near(AT_THE_HOME, 5.0))))
                .containsExactly("瓯北兰州旅馆", "瓯北兰州家庭面馆", "瓯北兰州牛肉面", "瓯北兰州拉面馆");
    }

    @Test
    void nearAPointOnlyBusinessesWithinTheRadiusAreFoundWithTheirDistance() {
        GraphQlTester.Response near = search(vars("兰州").sort("DISTANCE").near(AT_THE_HOME, 1.0));
        assertThat(names(near)).containsExactly("瓯北兰州旅馆", "瓯北兰州家庭面馆", "瓯北兰州牛肉面");
        List<Double> distances = near.path("searchBusinesses.edges[*].distanceKm").entityList(Double.class).get();
        assertThat(distances.get(0)).isCloseTo(0.47, org.assertj.core.data.Offset.offset(0.02));
        assertThat(distances.get(2)).isCloseTo(0.81, org.assertj.core.data.Offset.offset(0.02));
        assertThat(distances).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(1.0));

        GraphQlTester.Response relevance = search(vars("兰州拉面").near(Map.of("lat", 28.11, "lon", 120.56), 3.0));
        assertThat(names(relevance)).containsExactly("桥头兰州拉面");
        relevance.path("searchBusinesses.edges[0].distanceKm").entity(Double.class).isEqualTo(0.0);
        search(vars("兰州")).path("searchBusinesses.edges[*].distanceKm").entityList(Object.class)
                .satisfies(list -> assertThat(list).allSatisfy(d -> assertThat(d).isNull()));
    }

    @Test
    void withoutATextTheFiltersAndThePointAloneDecide() {
        assertThat(names(search(vars(null).filter(Map.of("trades", List.of("HOTEL"))))))
                .as("browsing a trade").containsExactly("瓯北兰州旅馆");
        GraphQlTester.Response near = search(vars(null).sort("DISTANCE").near(AT_THE_HOME, 1.0));
        assertThat(names(near)).as("what is near").containsExactly("瓯北兰州旅馆", "瓯北兰州家庭面馆", "瓯北兰州牛肉面");
        assertThat(facet(near, "trades")).containsExactlyInAnyOrderEntriesOf(Map.of("RESTAURANT", 2, "HOTEL", 1));
        assertThat(names(search(vars(null).filter(Map.of("townships", List.of("QIAOTOU"))).sort("RATING"))))
                .containsExactly("桥头兰州拉面");
        assertThat(names(search(vars(null).near(AT_THE_HOME, 1.0))))
                .as("relevance without a text: rating and proximity")
                .containsExactlyInAnyOrder("瓯北兰州旅馆", "瓯北兰州家庭面馆", "瓯北兰州牛肉面");
        search(vars(null).filter(Map.of("trades", List.of("HOTEL"))))
                .path("searchBusinesses.edges[0].highlightedName").valueIsNull();
    }

    @Test
    void aPrivateResidenceIsFoundButItsPlaceIsNeverGivenAway() {
        GraphQlTester.Response near = search(vars("家庭面馆").near(AT_THE_HOME, 2.0).sort("DISTANCE"));
        near.path("searchBusinesses.edges[0].node.name").entity(String.class).isEqualTo("瓯北兰州家庭面馆")
                .path("searchBusinesses.edges[0].node.privateResidence").entity(Boolean.class).isEqualTo(true)
                .path("searchBusinesses.edges[0].node.location").valueIsNull()
                // standing at the very door, the distance is still that of the ~1 km grid point, in whole km
                .path("searchBusinesses.edges[0].distanceKm").entity(Double.class).isEqualTo(1.0);
        search(vars("家庭面馆")).path("searchBusinesses.totalCount").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void matchesArePickedOutInTheNames() {
        search(vars("拉面").filter(Map.of("townships", List.of("OUBEI"))))
                .path("searchBusinesses.edges[0].node.name").entity(String.class).isEqualTo("瓯北兰州拉面馆")
                .path("searchBusinesses.edges[0].highlightedName").entity(String.class).isEqualTo("瓯北兰州<em>拉面</em>馆");
        search(vars("lanzhoulamian").filter(Map.of("townships", List.of("QIAOTOU"))))
                .path("searchBusinesses.edges[0].node.name").entity(String.class).isEqualTo("桥头兰州拉面")
                .path("searchBusinesses.edges[0].highlightedName").valueIsNull();
        assertThat(names(search(vars("oblzlm")))).as("initials").containsExactly("瓯北兰州拉面馆");
    }

    @Test
    void aTownshipNamedInTheTextIsTheRegistersTownship() {
        register("清泉汤屋", "BATHHOUSE", "YANTOU", 28.3800, 120.6800, false);
        // neither its name nor its (empty) address says 岩头: only the register's township table knows it is there
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(names(search(vars("岩头浴室")))).containsExactly("清泉汤屋"));
        assertThat(names(search(vars("岩头镇 洗浴")))).containsExactly("清泉汤屋");
        assertThat(names(search(vars("桥头浴室")))).as("another township's bathhouses: none").isEmpty();
    }

    @Test
    void aTypoFindsSimilarNamesAndSaysTheyAreApproximate() {
        search(vars("瓯北兰州拉面馆"))
                .path("searchBusinesses.approximate").entity(Boolean.class).isEqualTo(false)
                .path("searchBusinesses.edges[0].node.name").entity(String.class).isEqualTo("瓯北兰州拉面馆");
        search(vars("瓯北兰州拉麺馆"))
                .path("searchBusinesses.approximate").entity(Boolean.class).isEqualTo(true)
                .path("searchBusinesses.edges[0].node.name").entity(String.class).isEqualTo("瓯北兰州拉面馆");
        search(vars("网吧")).path("searchBusinesses.approximate").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void pagesFollowOnWithoutOverlap() {
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        int pages = 0;
        while (more) {
            Vars page = vars("兰州").sort("NAME").first(2);
            if (after != null) {
                page.after(after);
            }
            GraphQlTester.Response response = search(page);
            seen.addAll(names(response));
            response.path("searchBusinesses.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(after != null)
                    .path("searchBusinesses.totalCount").entity(Integer.class).isEqualTo(5);
            more = response.path("searchBusinesses.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = response.path("searchBusinesses.pageInfo.endCursor").entity(String.class).get();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("瓯北兰州家庭面馆", "瓯北兰州拉面馆", "瓯北兰州旅馆", "瓯北兰州牛肉面", "桥头兰州拉面");
    }

    @Test
    void withoutTotalCountAndFacetsTheSameHitsComePageByPage() {
        clearInvocations(businessSearch);
        search(vars("兰州"));
        assertThat(lastQuery().counts()).containsExactlyInAnyOrder(BusinessQuery.Count.TOTAL, BusinessQuery.Count.FACETS);
        anonymous.documentName("searchBusinesses").variable("query", "兰州").execute()
                .path("searchBusinesses.totalCount").entity(Integer.class).isEqualTo(5);
        assertThat(lastQuery().counts()).containsExactly(BusinessQuery.Count.TOTAL);
        anonymous.documentName("searchBusinessesUncounted").variables(vars("兰州").values).execute();
        assertThat(lastQuery().counts()).as("Elasticsearch is asked to count nothing").isEmpty();
        anonymous.documentName("searchBusinessesFragments")
                .variables(Map.of("query", "兰州", "withTotal", true, "withFacets", false)).execute()
                .path("searchBusinesses.totalCount").entity(Integer.class).isEqualTo(5);
        assertThat(lastQuery().counts()).as("a named fragment, an inline one left out").containsExactly(BusinessQuery.Count.TOTAL);
        anonymous.documentName("searchBusinessesFragments")
                .variables(Map.of("query", "兰州", "withTotal", false, "withFacets", true)).execute()
                .path("searchBusinesses.facets.trades").entityList(Object.class).hasSizeGreaterThan(0);
        assertThat(lastQuery().counts()).as("an inline fragment, a named one and an alias left out")
                .containsExactly(BusinessQuery.Count.FACETS);

        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            Vars page = vars("兰州").sort("NAME").first(2);
            if (after != null) {
                page.after(after);
            }
            GraphQlTester.Response response = anonymous.documentName("searchBusinessesUncounted")
                    .variables(page.values).execute();
            seen.addAll(names(response));
            more = response.path("searchBusinesses.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = response.path("searchBusinesses.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(seen).as("what the counted search finds, in the same order")
                .containsExactlyElementsOf(names(search(vars("兰州").sort("NAME"))));
        anonymous.documentName("searchBusinessesUncounted").variables(vars("瓯北兰州拉麺馆").values).execute()
                .path("searchBusinesses.approximate").entity(Boolean.class).isEqualTo(true)
                .path("searchBusinesses.edges[0].node.name").entity(String.class).isEqualTo("瓯北兰州拉面馆");
        anonymous.documentName("searchBusinessesUncounted").variables(vars("瓯北兰州拉面馆").values).execute()
                .path("searchBusinesses.approximate").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void autocompleteSuggestsNamesByChinesePinyinAndInitials() {
        assertThat(suggestions("瓯北兰州", null)).containsExactlyInAnyOrder(
                "瓯北兰州拉面馆", "瓯北兰州牛肉面", "瓯北兰州旅馆", "瓯北兰州家庭面馆");
        assertThat(suggestions("oubeilanzhoula", null)).containsExactly("瓯北兰州拉面馆");
        assertThat(suggestions("qtlz", null)).containsExactly("桥头兰州拉面");
        assertThat(suggestions("兰州", Map.of("lat", 28.11, "lon", 120.56))).as("near 桥头").startsWith("桥头兰州拉面").hasSize(5);
        anonymous.documentName("suggestBusinessNames").variable("prefix", "瓯北兰州").variable("first", 2).execute()
                .path("suggestBusinessNames[*].business.id").entityList(String.class).hasSize(2);
    }

    @Test
    void publishingAnInspectionChangesTheIndexedRating() {
        String business = register("岩头评级变化面馆", "RESTAURANT", "YANTOU", 28.38, 120.68, false);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                search(vars("评级变化")).path("searchBusinesses.totalCount").entity(Integer.class).isEqualTo(1));
        search(vars("评级变化").filter(Map.of("ratingAtLeast", "A"))).path("searchBusinesses.totalCount")
                .entity(Integer.class).isEqualTo(0);

        publish(inspection(business, TODAY, 39, 29, 29));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                search(vars("评级变化").filter(Map.of("ratingAtLeast", "A")))
                        .path("searchBusinesses.edges[*].node.id").entityList(String.class).containsExactly(business));
    }

    @Test
    void badArgumentsAreRefusedWithInvalidArgument() {
        assertInvalid(vars(" "), "query");
        assertInvalid(vars("拉".repeat(101)), "query");
        assertInvalid(vars("兰州").first(101), "first");
        assertInvalid(vars("兰州").first(0), "first");
        assertInvalid(vars("兰州").near(Map.of("lat", 28.0, "lon", 120.6), 0.05), "near.radiusKm");
        assertInvalid(vars("兰州").near(Map.of("lat", 28.0, "lon", 120.6), 51.0), "near.radiusKm");
        assertInvalid(vars("兰州").near(Map.of("lat", 91.0, "lon", 120.6), 1.0), "near.lat");
        assertInvalid(vars("兰州").near(Map.of("lat", 28.0, "lon", 181.0), 1.0), "near.lon");
        assertInvalid(vars("兰州").sort("DISTANCE"), "sort");
        assertInvalid(vars("兰州").filter(Map.of("townships", List.of("NOWHERE"))), "filter.townships");
        assertInvalid(vars("兰州").filter(Map.of("statuses", List.of())), "filter.statuses");
        assertInvalid(vars("兰州").after("bm90LWEtY3Vyc29y"), "after");
        String relevanceCursor = search(vars("兰州")).path("searchBusinesses.pageInfo.endCursor").entity(String.class).get();
        assertInvalid(vars("兰州").sort("NAME").after(relevanceCursor), "after");
        anonymous.documentName("suggestBusinessNames").variable("prefix", "瓯".repeat(51)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "INVALID_ARGUMENT")
                                .containsEntry("argument", "prefix")));
        anonymous.documentName("suggestBusinessNames").variable("prefix", "瓯北").variable("first", 11).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("argument", "first")));
    }

    private void assertInvalid(Vars vars, String argument) {
        anonymous.documentName("searchBusinessesFull").variables(vars.values).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getExtensions()).containsEntry("code", "INVALID_ARGUMENT").containsEntry("argument", argument);
                    assertThat(e.getMessage()).isNotBlank();
                }));
    }

    /** What the API last asked the search for. */
    private BusinessQuery lastQuery() {
        ArgumentCaptor<BusinessQuery> asked = ArgumentCaptor.forClass(BusinessQuery.class);
        verify(businessSearch, atLeastOnce()).search(asked.capture());
        return asked.getValue();
    }

    private GraphQlTester.Response search(Vars vars) {
        return anonymous.documentName("searchBusinessesFull").variables(vars.values).execute();
    }

    private static List<String> names(GraphQlTester.Response response) {
        return response.path("searchBusinesses.edges[*].node.name").entityList(String.class).get();
    }

    /** Counts of one facet dimension; pending ratings under "PENDING". */
    private static Map<String, Integer> facet(GraphQlTester.Response response, String dimension) {
        List<Map<String, Object>> buckets = response.path("searchBusinesses.facets." + dimension)
                .entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
        Map<String, Integer> counts = new HashMap<>();
        buckets.forEach(b -> counts.put(b.get("value") == null ? "PENDING" : (String) b.get("value"),
                ((Number) b.get("count")).intValue()));
        return counts;
    }

    private List<String> suggestions(String prefix, Map<String, Object> near) {
        var request = anonymous.documentName("suggestBusinessNames").variable("prefix", prefix);
        if (near != null) {
            request = request.variable("near", near);
        }
        return request.execute().path("suggestBusinessNames[*].text").entityList(String.class).get();
    }

    private String register(String name, String trade, String township, double lat, double lon, boolean home) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("trade", trade);
        input.put("townshipCode", township);
        input.put("location", Map.of("lat", lat, "lon", lon));
        input.put("privateResidence", home);
        return admin.documentName("registerFullBusiness").variable("input", input).execute()
                .path("registerBusiness.userErrors").entityList(Object.class).hasSize(0)
                .path("registerBusiness.business.id").entity(String.class).get();
    }

    private static Map<String, Object> inspection(String businessId, LocalDate on, int hygiene, int facilities,
                                                  int management) {
        Map<String, Object> input = new HashMap<>();
        input.put("businessId", businessId);
        input.put("inspectedOn", on.toString());
        input.put("kind", "ROUTINE_PATROL");
        input.put("departmentCode", "MARKET_REGULATION");
        input.put("inspectors", List.of("张检查"));
        input.put("hygieneScore", hygiene);
        input.put("facilitiesScore", facilities);
        input.put("managementScore", management);
        input.put("ownerDuties", Map.of("purchaseAcceptance", true, "ledger", true, "certificatesAndInvoices", true,
                "qualityCommitment", true));
        input.put("outcome", "COMPLIANT");
        return input;
    }

    private void publish(Map<String, Object> inspection) {
        String id = admin.documentName("recordInspection").variable("input", inspection).execute()
                .path("recordInspection.userErrors").entityList(Object.class).hasSize(0)
                .path("recordInspection.inspection.id").entity(String.class).get();
        admin.documentName("publishInspection").variable("id", id).execute()
                .path("publishInspection.inspection.publicationStatus").entity(String.class).isEqualTo("PUBLISHED");
    }

    private static Vars vars(String query) {
        return new Vars(query);
    }

    /** The variables of one search. */
    private static final class Vars {

        final Map<String, Object> values = new HashMap<>();

        Vars(String query) {
            values.put("query", query);
        }

        Vars filter(Map<String, Object> filter) {
            values.put("filter", filter);
            return this;
        }

        Vars near(Map<String, Object> point, double radiusKm) {
            Map<String, Object> near = new HashMap<>(point);
            near.put("radiusKm", radiusKm);
            values.put("near", near);
            return this;
        }

        Vars sort(String sort) {
            values.put("sort", sort);
            return this;
        }

        Vars first(int first) {
            values.put("first", first);
            return this;
        }

        Vars after(String after) {
            values.put("after", after);
            return this;
        }
    }
}
