package cn.gov.yongjia.shixiao.searchindex.business;

import java.time.Duration;

import cn.gov.yongjia.shixiao.searchindex.RebuildRunningException;
import cn.gov.yongjia.shixiao.searchindex.SearchIndexTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cross-process rebuild lock on a real Elasticsearch. Holders stand for processes: the lock document decides,
 * not anything in this JVM.
 */
@SpringBootTest(classes = SearchIndexTestApplication.class)
class RebuildLockIntegrationTest {

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        SearchIndexTestApplication.ownIndices(registry);
    }

    @Autowired
    RebuildLock lock;

    @Test
    void oneHolderAtATimeAndAnExpiredLeaseIsTakenOverFromItsHolder() {
        RebuildLock.Lease first = lock.acquire("process-a", Duration.ofMinutes(10));
        assertThatThrownBy(() -> lock.acquire("process-b", Duration.ofMinutes(10)))
                .isInstanceOf(RebuildRunningException.class).hasMessageContaining("process-a");
        first.renew(); // its own lease: fine
        first.close();

        // released: the next holder gets it; its lease runs out at once (a crashed rebuild)
        RebuildLock.Lease crashed = lock.acquire("process-b", Duration.ZERO);
        RebuildLock.Lease takenOver = lock.acquire("process-c", Duration.ofMinutes(10));
        assertThat(takenOver.holder()).isEqualTo("process-c");

        // the old holder learns it lost the lock at its next renewal, and its release does not free the new one's
        assertThatThrownBy(crashed::renew).isInstanceOf(RebuildRunningException.class)
                .hasMessageContaining("taken over");
        crashed.close();
        assertThatThrownBy(() -> lock.acquire("process-d", Duration.ofMinutes(10)))
                .isInstanceOf(RebuildRunningException.class).hasMessageContaining("process-c");

        takenOver.close();
        lock.acquire("process-d", Duration.ofMinutes(10)).close();
    }
}
