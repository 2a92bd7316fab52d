package cn.gov.yongjia.shixiao.graphqlapi.statistics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StatementLog;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The figures against real PostgreSQL: a township nobody else uses (沙头, SHATOU) gets businesses of every rating
 * state, and the figures for it must agree with the ratings the API shows business by business (the rating policy in
 * Java), count quarters and coverage by county time, and take one SQL statement each. A context (so a database) of
 * its own: the statement log's other user, {@code BatchLoadingIntegrationTest}, expects the register's first
 * business to be one of its own.
 */
@PlatformIntegrationTest
@Import(StatementLog.Config.class)
@TestPropertySource(properties = "yongjia.test.context=statistics")
class StatisticsIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String TOWNSHIP = "SHATOU";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    StatementLog log;

    HttpGraphQlTester admin;
    HttpGraphQlTester anonymous;

    private static boolean registered;

    @BeforeEach
    void clients() {
        StaffClients.ensureAccounts(accounts);
        admin = StaffClients.as(port, StaffClients.ADMIN);
        anonymous = StaffClients.anonymous(port);
        if (!registered) {
            registerTheTownship();
            registered = true;
        }
    }

    /**
     * Two A (one of them stale), a B, a C, a RECTIFY; pending: a new business, a suspended one and one under appeal;
     * and a closed one that no distribution counts. A draft inspection counts nowhere.
     */
    private void registerTheTownship() {
        inspect(register("沙头甲级面馆", "RESTAURANT"), TODAY, 95, true);
        inspect(register("沙头过期甲级面馆", "RESTAURANT"), TODAY.minusMonths(14), 91, false);
        inspect(register("沙头乙级旅馆", "HOTEL"), TODAY, 80, false);
        inspect(register("沙头丙级理发店", "BARBERSHOP"), TODAY, 65, false);
        inspect(register("沙头整改浴室", "BATHHOUSE"), TODAY, 50, false);
        register("沙头新开诊所", "CLINIC");
        String suspended = register("沙头停业网吧", "INTERNET_CAFE");
        inspect(suspended, TODAY, 92, false);
        changeStatus(suspended, "SUSPENDED");
        String appealed = register("沙头申诉食品店", "FOOD_SHOP");
        String appealedInspection = inspect(appealed, TODAY, 70, false);
        admin.documentName("appealInspection").variable("id", appealedInspection).variable("reason", "评分有误").execute()
                .path("appealInspection.inspection.publicationStatus").entity(String.class).isEqualTo("UNDER_APPEAL");
        String closed = register("沙头关闭歌舞厅", "KARAOKE");
        inspect(closed, TODAY, 85, false);
        changeStatus(closed, "CLOSED");
        String drafted = register("沙头草稿小作坊", "FOOD_WORKSHOP");
        record(drafted, TODAY, 99, false); // never published
    }

    @Test
    void theDistributionInATownshipAgreesWithTheRatingsShownBusinessByBusiness() {
        GraphQlTester.Response response = statistics(TOWNSHIP, 8);

        response.path("statistics.township.code").entity(String.class).isEqualTo(TOWNSHIP);
        response.path("statistics.asOf").entity(String.class).isEqualTo(TODAY.toString());
        List<Map<String, Object>> townships = rows(response, "statistics.ratingsByTownship");
        assertThat(townships).hasSize(1);
        Map<String, Object> shatou = townships.getFirst();
        assertThat(shatou.get("name")).isEqualTo("沙头镇");
        assertThat(shatou.get("nameEn")).isEqualTo("Shatou Town");
        assertThat(grades(shatou)).containsExactly(Map.entry("A", 2), Map.entry("B", 1), Map.entry("C", 1),
                Map.entry("RECTIFY", 1));
        assertThat(shatou).containsEntry("pending", 4).containsEntry("stale", 1).containsEntry("total", 9);

        // the same counts from the ratings the API computes in Java for each business (closed ones left out)
        List<Map<String, Object>> businesses = anonymous.documentName("townshipRatings")
                .variable("filter", Map.of("townshipCodes", List.of(TOWNSHIP)))
                .execute().path("businesses.edges[*].node").entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { })
                .get();
        List<Map<String, Object>> notClosed = businesses.stream().filter(b -> !"CLOSED".equals(b.get("status"))).toList();
        Map<String, Long> shown = notClosed.stream().map(b -> (Map<?, ?>) b.get("rating"))
                .collect(Collectors.groupingBy(r -> r.get("grade") == null ? "PENDING" : (String) r.get("grade"),
                        Collectors.counting()));
        assertThat(shown).containsExactlyInAnyOrderEntriesOf(Map.of("A", 2L, "B", 1L, "C", 1L, "RECTIFY", 1L, "PENDING", 4L));
        assertThat(notClosed.stream().filter(b -> Boolean.TRUE.equals(((Map<?, ?>) b.get("rating")).get("stale"))).count())
                .isEqualTo(1);
    }

    @Test
    void theDistributionByTradeListsEveryTradeWithItsNames() {
        List<Map<String, Object>> trades = rows(statistics(TOWNSHIP, 8), "statistics.ratingsByTrade");

        assertThat(trades).extracting(t -> t.get("trade")).containsExactly("RESTAURANT", "FOOD_SHOP", "FOOD_WORKSHOP",
                "HOTEL", "KARAOKE", "INTERNET_CAFE", "BARBERSHOP", "BEAUTY_SALON", "BATHHOUSE", "CLINIC");
        Map<String, Map<String, Object>> byTrade = trades.stream()
                .collect(Collectors.toMap(t -> (String) t.get("trade"), t -> t));
        assertThat(byTrade.get("RESTAURANT")).containsEntry("name", "小餐饮").containsEntry("nameEn", "Small restaurant")
                .containsEntry("total", 2).containsEntry("stale", 1).containsEntry("pending", 0).containsEntry("township", null);
        assertThat(grades(byTrade.get("RESTAURANT"))).containsExactly(Map.entry("A", 2), Map.entry("B", 0),
                Map.entry("C", 0), Map.entry("RECTIFY", 0));
        assertThat(byTrade.get("FOOD_SHOP")).containsEntry("pending", 1).containsEntry("total", 1);
        assertThat(byTrade.get("INTERNET_CAFE")).containsEntry("pending", 1).containsEntry("total", 1);
        assertThat(byTrade.get("CLINIC")).containsEntry("pending", 1).containsEntry("total", 1);
        assertThat(byTrade.get("FOOD_WORKSHOP")).as("a draft never rates").containsEntry("pending", 1);
        assertThat(grades(byTrade.get("BATHHOUSE"))).containsEntry("RECTIFY", 1);
        assertThat(byTrade.get("KARAOKE")).as("closed businesses are left out").containsEntry("total", 0);
        assertThat(byTrade.get("BEAUTY_SALON")).containsEntry("total", 0);
    }

    @Test
    void inspectionsAreCountedPerQuarterAndTheCoverageOfThisQuarter() {
        GraphQlTester.Response response = statistics(TOWNSHIP, 8);
        List<Map<String, Object>> quarters = rows(response, "statistics.inspectionsPerQuarter");

        LocalDate thisQuarter = LocalDate.of(TODAY.getYear(), (TODAY.getMonthValue() - 1) / 3 * 3 + 1, 1);
        assertThat(quarters).hasSize(8);
        assertThat(quarters).extracting(q -> q.get("startsOn"))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(0, 7)
                        .mapToObj(i -> thisQuarter.minusMonths(3L * (7 - i)).toString()).toList());
        Map<String, Object> current = quarters.getLast();
        assertThat(current).containsEntry("year", TODAY.getYear())
                .containsEntry("quarter", (TODAY.getMonthValue() - 1) / 3 + 1)
                .containsEntry("endsOn", thisQuarter.plusMonths(3).minusDays(1).toString())
                // A, B, C, RECTIFY, the suspended and the closed business's; the appealed one too (it is public)
                .containsEntry("inspections", 7).containsEntry("businessesInspected", 7);
        LocalDate staleOne = TODAY.minusMonths(14);
        String staleQuarter = LocalDate.of(staleOne.getYear(), (staleOne.getMonthValue() - 1) / 3 * 3 + 1, 1).toString();
        assertThat(quarters).filteredOn(q -> q.get("startsOn").equals(staleQuarter)).singleElement()
                .satisfies(q -> assertThat(q).containsEntry("inspections", 1));
        assertThat(quarters.stream().mapToInt(q -> (Integer) q.get("inspections")).sum()).isEqualTo(8);

        // open: A, stale A, B, C, RECTIFY, new, appealed, drafted (suspended and closed are not open);
        // inspected this quarter: A, B, C, RECTIFY, appealed
        Map<String, Object> coverage = row(response, "statistics.inspectedThisQuarter");
        assertThat(coverage).containsEntry("openBusinesses", 8).containsEntry("inspected", 5)
                .containsEntry("startsOn", thisQuarter.toString());
        assertThat(((Number) coverage.get("share")).doubleValue()).isCloseTo(5.0 / 8, within(1e-9));
    }

    @Test
    void theHeadlineCountsTheTownship() {
        Map<String, Object> headline = row(statistics(TOWNSHIP, 8), "statistics.headline");

        // public: all but the draft, the closed business's included; this year: all but the stale one, unless it was
        int thisYear = TODAY.minusMonths(14).getYear() == TODAY.getYear() ? 8 : 7;
        assertThat(headline).containsEntry("businesses", 9).containsEntry("openBusinesses", 8)
                .containsEntry("ratedBusinesses", 5).containsEntry("staleRatings", 1)
                .containsEntry("publicInspections", 8).containsEntry("inspectionsThisYear", thisYear)
                .containsEntry("violationsThisYear", 1);
    }

    @Test
    void theWholeCountyAddsUpAndEachFigureIsOneStatement() {
        statistics(null, 8); // warms the township cache, read once per application
        log.clear();
        GraphQlTester.Response response = statistics(null, 12);

        assertThat(log.statements()).as("one statement per figure: %s", log.statements()).hasSize(5);
        response.path("statistics.township").valueIsNull();
        Map<String, Object> headline = row(response, "statistics.headline");
        List<Map<String, Object>> trades = rows(response, "statistics.ratingsByTrade");
        List<Map<String, Object>> townships = rows(response, "statistics.ratingsByTownship");
        assertThat(trades).hasSize(10);
        assertThat(townships.subList(0, 19)).extracting(t -> (Object) ((Map<?, ?>) t.get("township")).get("code"))
                .startsWith("BEICHENG", "DONGCHENG").contains(TOWNSHIP);
        int byTrade = trades.stream().mapToInt(t -> (Integer) t.get("total")).sum();
        int byTownship = townships.stream().mapToInt(t -> (Integer) t.get("total")).sum();
        assertThat(byTrade).isEqualTo(byTownship).isEqualTo(headline.get("businesses")).isGreaterThanOrEqualTo(9);
        int rated = trades.stream().mapToInt(t -> (Integer) t.get("total") - (Integer) t.get("pending")).sum();
        assertThat(rated).isEqualTo(headline.get("ratedBusinesses"));
        assertThat(rows(response, "statistics.inspectionsPerQuarter")).hasSize(12);
    }

    @Test
    void wrongArgumentsAreRefusedWithATypedError() {
        anonymous.documentName("statistics").variable("townshipCode", "NOWHERE").variable("quarters", 8).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("code", "INVALID_ARGUMENT")
                            .containsEntry("argument", "townshipCode");
                }));
        anonymous.documentName("statistics").variable("townshipCode", TOWNSHIP).variable("quarters", 41).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("code", "INVALID_ARGUMENT")
                            .containsEntry("argument", "quarters");
                }));
    }

    private GraphQlTester.Response statistics(String township, int quarters) {
        var request = anonymous.documentName("statistics").variable("quarters", quarters);
        if (township != null) {
            request = request.variable("townshipCode", township);
        }
        return request.execute();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(GraphQlTester.Response response, String path) {
        return (List<Map<String, Object>>) (List<?>) response.path(path).entityList(Map.class).get();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(GraphQlTester.Response response, String path) {
        return response.path(path).entity(Map.class).get();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> grades(Map<String, Object> distribution) {
        Map<String, Integer> grades = new java.util.LinkedHashMap<>();
        for (Map<String, Object> g : (List<Map<String, Object>>) distribution.get("grades")) {
            grades.put((String) g.get("grade"), (Integer) g.get("count"));
        }
        return grades;
    }

    private String register(String name, String trade) {
        return admin.documentName("registerFullBusiness")
                .variable("input", Map.of("name", name, "trade", trade, "townshipCode", TOWNSHIP))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
    }

    private void changeStatus(String id, String status) {
        admin.documentName("changeBusinessStatus").variable("input", Map.of("businessId", id, "status", status,
                "reason", "统计测试")).execute()
                .path("changeBusinessStatus.business.status").entity(String.class).isEqualTo(status);
    }

    /** Records and publishes an inspection with the given total score; with a violation when asked. */
    private String inspect(String businessId, LocalDate on, int score, boolean withViolation) {
        String id = record(businessId, on, score, withViolation);
        admin.documentName("publishInspection").variable("id", id).execute()
                .path("publishInspection.inspection.publicationStatus").entity(String.class).isEqualTo("PUBLISHED");
        return id;
    }

    private String record(String businessId, LocalDate on, int score, boolean withViolation) {
        int management = Math.min(30, score);
        int facilities = Math.min(30, score - management);
        int hygiene = score - management - facilities;
        Map<String, Object> inspection = new HashMap<>();
        inspection.put("businessId", businessId);
        inspection.put("inspectedOn", on.toString());
        inspection.put("kind", "ROUTINE_PATROL");
        inspection.put("hygieneScore", hygiene);
        inspection.put("facilitiesScore", facilities);
        inspection.put("managementScore", management);
        inspection.put("ownerDuties", Map.of("purchaseAcceptance", true, "ledger", true, "certificatesAndInvoices", true,
                "qualityCommitment", true));
        inspection.put("outcome", "COMPLIANT");
        if (withViolation) {
            inspection.put("violations", List.of(Map.of("code", "H03", "correction", "ON_THE_SPOT")));
        }
        return admin.documentName("recordInspection").variable("input", inspection).execute()
                .path("recordInspection.userErrors").entityList(Object.class).hasSize(0)
                .path("recordInspection.inspection.totalScore").entity(Integer.class).isEqualTo(score)
                .path("recordInspection.inspection.id").entity(String.class).get();
    }
}
