package cn.gov.yongjia.shixiao.portal.api;

/**
 * What the request being served has asked of the GraphQL API so far: how many requests and how long they took. One
 * per HTTP request the portal serves ({@link ServerTiming} opens and closes it); {@link GraphQlApi} adds to it. A
 * request served outside that filter (none in production) counts nowhere.
 */
final class ApiCalls {

    private static final ThreadLocal<ApiCalls> CURRENT = new ThreadLocal<>();

    private int requests;
    private long nanos;

    static ApiCalls open() {
        ApiCalls calls = new ApiCalls();
        CURRENT.set(calls);
        return calls;
    }

    static void close() {
        CURRENT.remove();
    }

    /** Records one GraphQL request that took this long (answered or not). */
    static void record(long nanos) {
        ApiCalls calls = CURRENT.get();
        if (calls != null) {
            calls.requests++;
            calls.nanos += nanos;
        }
    }

    int requests() {
        return requests;
    }

    double millis() {
        return nanos / 1e6;
    }
}
