package cn.gov.yongjia.shixiao.benchmark;

/** Something the load test sends searches to; one instance per client (thread). */
interface SearchTarget extends AutoCloseable {

    /**
     * Runs one search and returns how many hits came back.
     *
     * @throws Exception when the search failed (counted as an error)
     */
    int search(BenchmarkQuery query) throws Exception;

    @Override
    default void close() throws Exception {
    }
}
