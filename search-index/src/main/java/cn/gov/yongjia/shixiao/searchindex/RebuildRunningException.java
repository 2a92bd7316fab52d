package cn.gov.yongjia.shixiao.searchindex;

/** A rebuild of the search index was asked for while one is running; only one runs at a time. */
public class RebuildRunningException extends RuntimeException {

    public RebuildRunningException(String message) {
        super(message);
    }
}
