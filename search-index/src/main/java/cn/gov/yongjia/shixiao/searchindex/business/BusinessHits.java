package cn.gov.yongjia.shixiao.searchindex.business;

import java.util.List;

/** One page of business search results: the IDs in rank order, and how many match in all. */
public record BusinessHits(long total, List<Hit> hits) {

    public record Hit(long businessId, double score) {
    }
}
