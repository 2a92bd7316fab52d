package cn.gov.yongjia.shixiao.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffRole;
import tools.jackson.databind.JsonNode;

/**
 * Change-to-searchable latency: a county administrator renames a business with {@code updateBusiness} over GraphQL;
 * from the moment its response arrives (the change is committed), {@code searchBusinesses} is asked for the new name
 * again and again, back to back, until a hit for that business carries the new name in its highlight (which comes
 * from the index document, not from PostgreSQL). The time until that answer arrived is one sample. Samples are spread
 * over the register with a short random pause between them, so they fall at all phases of the refresh interval.
 */
final class FreshnessMeasurement {

    static final String USERNAME = "bench.admin";
    private static final String PASSWORD = "bench-only-password";
    private static final String DIGITS = "零一二三四五六七八九";
    private static final long GIVE_UP_NANOS = 30_000_000_000L;
    private static final String RENAME = """
            mutation Rename($id: ID!, $name: String!) {
              updateBusiness(input: {id: $id, name: $name}) { business { id name } userErrors { code message } }
            }""";
    private static final String FIND = """
            query Find($q: String!) {
              searchBusinesses(query: $q, first: 5) { edges { highlightedName node { id } } }
            }""";

    /** Samples in milliseconds; {@code lost} counts changes not searchable within 30 s. */
    record Result(List<Double> millis, int lost) {

        Latencies latencies() {
            long[] nanos = millis.stream().mapToLong(ms -> Math.round(ms * 1e6)).toArray();
            return Latencies.of(nanos, lost, 0);
        }
    }

    private FreshnessMeasurement() {
    }

    static Result run(BenchmarkPlatform platform, int samples, int round) throws Exception {
        platform.bean(StaffAccounts.class).createIfMissing(USERNAME, PASSWORD, "基准测试管理员（仅测试）",
                StaffRole.COUNTY_ADMIN, null, null, true);
        String auth = "Basic " + Base64.getEncoder().encodeToString((USERNAME + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        BusinessRegistry registry = platform.bean(BusinessRegistry.class);
        List<Long> keys = openBusinesses(platform, samples);
        SplittableRandom random = new SplittableRandom(round);
        List<Double> millis = new ArrayList<>();
        int lost = 0;
        try (GraphqlTarget api = new GraphqlTarget(platform.graphqlUrl())) {
            for (int i = 0; i < keys.size(); i++) {
                String id = registry.find(keys.get(i)).orElseThrow().globalId();
                String name = "时效" + chinese(round * 1000 + i) + "号测试店";
                JsonNode renamed = api.post(RENAME, Map.of("id", id, "name", name), auth).path("updateBusiness");
                if (!renamed.path("userErrors").isEmpty()) {
                    throw new IllegalStateException("Rename refused: " + renamed.path("userErrors"));
                }
                long committed = System.nanoTime();
                boolean found = false;
                while (!found && System.nanoTime() - committed < GIVE_UP_NANOS) {
                    for (JsonNode edge : api.post(FIND, Map.of("q", name), null).path("searchBusinesses").path("edges")) {
                        if (edge.path("node").path("id").asString().equals(id)
                                && edge.path("highlightedName").asString().replace("<em>", "").replace("</em>", "")
                                .equals(name)) {
                            found = true;
                        }
                    }
                }
                if (found) {
                    millis.add((System.nanoTime() - committed) / 1e6);
                } else {
                    lost++;
                }
                LockSupport.parkNanos(random.nextLong(50_000_000L, 400_000_000L));
            }
        }
        return new Result(millis, lost);
    }

    private static List<Long> openBusinesses(BenchmarkPlatform platform, int samples) throws SQLException {
        try (Connection connection = platform.newConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select id from business where status = 'OPEN' and not private_residence
                     order by (id * 2654435761) % 1000003, id limit ?""")) {
            statement.setInt(1, samples);
            List<Long> keys = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    keys.add(result.getLong(1));
                }
            }
            return keys;
        }
    }

    private static String chinese(int number) {
        StringBuilder text = new StringBuilder();
        for (char digit : Integer.toString(number).toCharArray()) {
            text.append(DIGITS.charAt(digit - '0'));
        }
        return text.toString();
    }
}
