package cn.gov.yongjia.shixiao.graphqlapi.opendata;

import java.util.function.Function;

/**
 * One column of an open dataset: its name, its meaning (the data dictionary is made from these, so it cannot drift
 * from the files) and how to get its value from a row.
 */
record Column<R>(String name, String type, String description, Function<R, Object> value) {
}
