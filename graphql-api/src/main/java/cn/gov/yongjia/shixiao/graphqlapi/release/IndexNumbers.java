package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives 索引号: the issuer's index code, then {@code /YYYYMM-}, then a five-digit sequence per issuer and month
 * (e.g. {@code 3303240001/201008-00001}). The counter row is taken with one atomic upsert in the caller's
 * transaction, so concurrent creations wait for each other on that row and never get the same number; the unique
 * index on {@code news_release.index_number} is the last wall. A number once given to a release is never given again.
 */
@Component
class IndexNumbers {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private final JdbcClient jdbc;

    IndexNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(String issuerCode, String indexCode, YearMonth month) {
        String yyyymm = month.format(MONTH);
        int sequence = jdbc.sql("""
                        insert into release_index_counter (issuer_code, month, last_sequence) values (:issuer, :month, 1)
                        on conflict (issuer_code, month) do update set last_sequence = release_index_counter.last_sequence + 1
                        returning last_sequence""")
                .param("issuer", issuerCode)
                .param("month", yyyymm)
                .query(Integer.class).single();
        return "%s/%s-%05d".formatted(indexCode, yyyymm, sequence);
    }
}
