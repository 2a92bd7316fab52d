package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** 索引号 stay unique and gapless when many editors create releases at the same moment. */
@PlatformIntegrationTest
class IndexNumberConcurrencyIntegrationTest {

    private static final int CREATIONS = 24;

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Test
    void parallelCreationsGetDistinctConsecutiveNumbers() throws Exception {
        ReleaseTestAccounts.ensure(accounts);
        // a month and issuer no other test uses: the numbers must be exactly 1..CREATIONS
        Callable<String> create = () -> ReleaseTestAccounts.patient(port, ReleaseTestAccounts.EDITOR).documentName("createRelease")
                .variable("input", Map.of("issuerCode", "HEALTH", "title", "并发索引号", "bodyMarkdown", "正文",
                        "categoryCode", "WORK_NEWS", "writtenOn", "2001-01-15"))
                .execute()
                .path("createRelease.userErrors").entityList(Object.class).hasSize(0)
                .path("createRelease.release.indexNumber").entity(String.class).get();
        List<String> numbers;
        try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
            List<Future<String>> futures = pool.invokeAll(IntStream.range(0, CREATIONS).mapToObj(i -> create).toList());
            numbers = futures.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        assertThat(numbers).doesNotHaveDuplicates().hasSize(CREATIONS);
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, CREATIONS)
                .mapToObj(i -> "3303240204/200101-%05d".formatted(i)).toList());
    }
}
