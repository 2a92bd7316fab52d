package cn.gov.yongjia.shixiao.searchindex;

/** Elasticsearch cannot be reached or refused the request; the register itself is unaffected. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
