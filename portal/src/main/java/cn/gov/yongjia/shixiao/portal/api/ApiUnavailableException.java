package cn.gov.yongjia.shixiao.portal.api;

/**
 * The GraphQL API cannot be reached or answered with an error; views show a friendly message instead. {@link #code}
 * is the error's {@code extensions.code} (docs/errors.md), or {@code UNREACHABLE} when no answer came.
 */
public class ApiUnavailableException extends RuntimeException {

    private final String code;

    public ApiUnavailableException(String message, Throwable cause) {
        super(message, cause);
        this.code = "UNREACHABLE";
    }

    public ApiUnavailableException(String message, String code) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Only the search index is down: everything read from the register still works. */
    public boolean searchOnly() {
        return "SEARCH_UNAVAILABLE".equals(code);
    }
}
