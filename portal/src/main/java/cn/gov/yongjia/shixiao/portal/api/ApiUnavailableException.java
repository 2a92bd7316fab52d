package cn.gov.yongjia.shixiao.portal.api;

/** The GraphQL API cannot be reached or answered with an error; views show a friendly message instead. */
public class ApiUnavailableException extends RuntimeException {

    public ApiUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
