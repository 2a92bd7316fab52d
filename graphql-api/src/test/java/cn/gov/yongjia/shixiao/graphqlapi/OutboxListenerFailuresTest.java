package cn.gov.yongjia.shixiao.graphqlapi;

import java.io.IOException;
import java.lang.reflect.Method;

import cn.gov.yongjia.shixiao.searchindex.SearchUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class OutboxListenerFailuresTest {

    private final OutboxListenerFailures failures = new OutboxListenerFailures();

    @Test
    void aChangeWaitingForElasticsearchIsOneWarningWithoutATrace(CapturedOutput output) throws Exception {
        failures.handleUncaughtException(
                new SearchUnavailableException("Elasticsearch cannot be reached", new IOException("Connection refused")),
                listener(), new ProbeChanged(7));

        assertThat(output.getOut()).contains("WARN")
                .contains("Listener.on of ProbeChanged waits for the search index (Elasticsearch cannot be reached)")
                .doesNotContain("ERROR")
                .doesNotContain("\tat ");
    }

    @Test
    void aWrappedOutageIsRecognisedToo(CapturedOutput output) throws Exception {
        failures.handleUncaughtException(new IllegalStateException("wrapped",
                new SearchUnavailableException("Elasticsearch refused the write", null)), listener(), new ProbeChanged(8));

        assertThat(output.getOut()).contains("waits for the search index (wrapped)").doesNotContain("\tat ");
    }

    @Test
    void anyOtherFailureIsAnErrorWithItsTrace(CapturedOutput output) throws Exception {
        failures.handleUncaughtException(new IllegalStateException("no such business"), listener(), new ProbeChanged(9));

        assertThat(output.getOut()).contains("ERROR")
                .contains("Listener.on of ProbeChanged failed; the outbox delivers it again")
                .contains("java.lang.IllegalStateException: no such business")
                .contains("\tat ");
    }

    private static Method listener() throws NoSuchMethodException {
        return Listener.class.getDeclaredMethod("on", ProbeChanged.class);
    }

    record ProbeChanged(long id) {
    }

    static final class Listener {
        void on(ProbeChanged event) {
        }
    }
}
