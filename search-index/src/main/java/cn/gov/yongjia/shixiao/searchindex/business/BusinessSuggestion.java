package cn.gov.yongjia.shixiao.searchindex.business;

/** One autocomplete answer: the business and the name (registered or shop-sign) whose start matched. */
public record BusinessSuggestion(long businessId, String name) {
}
