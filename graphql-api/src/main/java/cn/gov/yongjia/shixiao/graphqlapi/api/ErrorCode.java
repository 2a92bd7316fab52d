package cn.gov.yongjia.shixiao.graphqlapi.api;

/**
 * The codes a GraphQL error carries in {@code extensions.code}. Partners may rely on them; docs/errors.md lists them.
 */
public enum ErrorCode {
    /** An argument is malformed or out of range (e.g. {@code first} above 100, an ID that is no ID). */
    INVALID_ARGUMENT,
    /** The operation needs a signed-in staff member, and the request carries none. */
    UNAUTHENTICATED,
    /** The signed-in staff member's role or scope (department, township) does not cover the operation. */
    FORBIDDEN,
    /** The search index cannot answer now; everything served from the register still works. */
    SEARCH_UNAVAILABLE,
    /**
     * The register (PostgreSQL) cannot answer now: unreachable, or a statement ran past the time limit (also waiting
     * for a lock). A change asked for was rolled back whole.
     */
    REGISTER_UNAVAILABLE,
    /** A rebuild of the search index was asked for while one is running; the running one carries on. */
    ALREADY_RUNNING,
    /** The query nests fields deeper than allowed; nothing ran. */
    QUERY_TOO_DEEP,
    /** The query's estimated cost (page sizes × fields) is above the limit; nothing ran. */
    QUERY_TOO_COSTLY,
    /** The query uses more aliases than allowed; nothing ran. */
    TOO_MANY_ALIASES,
    /** A list given as an argument has more items than allowed; nothing ran. */
    INPUT_LIST_TOO_LONG,
    /** Something failed on our side; the message says nothing more, the log has the details. */
    INTERNAL
}
