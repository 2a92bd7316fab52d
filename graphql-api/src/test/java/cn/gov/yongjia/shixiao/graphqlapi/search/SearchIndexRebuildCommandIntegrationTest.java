package cn.gov.yongjia.shixiao.graphqlapi.search;

import java.time.Duration;
import java.util.List;

import cn.gov.yongjia.shixiao.graphqlapi.ApiCommand;
import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.business.NewBusiness;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import cn.gov.yongjia.shixiao.schema.types.Trade;
import cn.gov.yongjia.shixiao.searchindex.RebuildRunningException;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessIndex;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessSearch;
import cn.gov.yongjia.shixiao.searchindex.business.RebuildLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rebuild command ({@code --yongjia.search.rebuild=true}) run as an operator runs it: in a JVM of its own beside
 * this test's API, on the same PostgreSQL and Elasticsearch. And "one rebuild at a time" across processes: while
 * another process holds the rebuild lock, the command, the mutation and the Java call are all refused; a lock whose
 * lease ran out (a crashed rebuild) does not block.
 */
@PlatformIntegrationTest
@TestPropertySource(properties = "yongjia.test.own-register=rebuild-command")
class SearchIndexRebuildCommandIntegrationTest {

    private static final String WORD = "命令";
    private static final String REBUILD = """
            mutation { rebuildSearchIndex { documents newIndex } }""";

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    BusinessRegistry registry;

    @Autowired
    BusinessIndex index;

    @Autowired
    BusinessSearch search;

    @Autowired
    RebuildLock lock;

    @Autowired
    SearchIndexRebuild rebuild;

    @BeforeEach
    void register() {
        StaffClients.ensureAccounts(accounts);
        synchronized (SearchIndexRebuildCommandIntegrationTest.class) {
            for (int i = (int) registry.count(); i < 40; i++) {
                assertThat(registry.register(NewBusiness.of("永嘉" + WORD + "第" + i + "号店", Trade.HOTEL), false, null)
                        .userErrors()).isEmpty();
            }
        }
    }

    @Test
    void theCommandRebuildsTheIndexInAProcessOfItsOwnAndExits() throws Exception {
        index.refresh();
        List<String> before = index.physicalIndices();

        ApiCommand.Outcome command = runCommand();

        assertThat(command.exitCode()).as(command.output()).isZero();
        assertThat(command.output()).contains("search index rebuild: done — " + registry.count() + " businesses");
        assertThat(index.physicalIndices()).singleElement().isNotIn(before)
                .satisfies(now -> assertThat(now).startsWith(index.alias() + "_v3_"));
        assertThat(index.allPhysicalIndices()).as("the old index is gone").isEqualTo(index.physicalIndices());
        assertThat(search.search(WORD, 1).total()).isEqualTo(registry.count());
    }

    @Test
    void whileAnotherProcessHoldsTheLockEveryRebuildIsRefusedAndAnExpiredLeaseDoesNotBlock() throws Exception {
        List<String> before = index.physicalIndices();

        try (RebuildLock.Lease held = lock.acquire("another-process", Duration.ofMinutes(10))) {
            assertThat(held.holder()).isEqualTo("another-process");

            ApiCommand.Outcome command = runCommand();
            assertThat(command.exitCode()).as(command.output()).isEqualTo(1);
            assertThat(command.output()).contains("search index rebuild: FAILED").contains("another-process");
            admin().document(REBUILD).execute().errors()
                    .satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "ALREADY_RUNNING")));
            assertThatThrownBy(() -> rebuild.run((written, total) -> { }))
                    .isInstanceOf(RebuildRunningException.class).hasMessageContaining("another-process");
            assertThat(index.physicalIndices()).isEqualTo(before);
            assertThat(index.allPhysicalIndices()).as("no index was started").isEqualTo(before);
        }

        // released: the next rebuild runs
        assertThat(rebuild.run((written, total) -> { }).documents()).isEqualTo(registry.count());

        // a crashed holder's lease runs out: its lock does not block the next rebuild
        lock.acquire("crashed-process", Duration.ZERO);
        var response = admin().document(REBUILD).execute();
        response.path("rebuildSearchIndex.documents").entity(Long.class).isEqualTo(registry.count());
        assertThat(index.physicalIndices()).containsExactly(
                response.path("rebuildSearchIndex.newIndex").entity(String.class).get());
        // and the lock is free again afterwards
        lock.acquire("next-process", Duration.ofMinutes(1)).close();
    }

    /** A rebuild answers after it is done: give it longer than the tester's default 5 s on a busy machine. */
    private org.springframework.graphql.test.tester.HttpGraphQlTester admin() {
        return StaffClients.as(port, StaffClients.ADMIN).mutate().responseTimeout(Duration.ofSeconds(120)).build();
    }

    private ApiCommand.Outcome runCommand() throws Exception {
        return ApiCommand.run(environment, "--yongjia.search.rebuild=true");
    }
}
