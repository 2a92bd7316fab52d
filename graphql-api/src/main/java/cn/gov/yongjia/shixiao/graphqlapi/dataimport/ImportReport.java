package cn.gov.yongjia.shixiao.graphqlapi.dataimport;

import java.util.List;

/**
 * What an import did. A file is applied whole or not at all: with any row error, {@code applied} is false and
 * nothing was written.
 */
public record ImportReport(boolean applied, int rows, int created, int updated, int unchanged, List<RowError> errors) {

    /** A problem with one row (1 = the first data row) and field. */
    public record RowError(int row, String field, String code, String message) {
    }
}
