package cn.gov.yongjia.shixiao.benchmark.portal;

/**
 * One page of the mix.
 *
 * @param kind   {@link #RESULTS}, {@link #BUSINESS} or {@link #HOME}
 * @param label  what it is, for the report
 * @param path   the portal address, as a reader opens it (the URL holds the whole search)
 * @param viewId the element the finished view contains
 */
record PortalPage(String kind, String label, String path, String viewId) {

    static final String RESULTS = "results page";
    static final String BUSINESS = "business page";
    static final String HOME = "home page";

    static PortalPage results(String label, String path) {
        return new PortalPage(RESULTS, label, path, "summary");
    }

    static PortalPage business(String label, String id) {
        return new PortalPage(BUSINESS, label, "/business/" + id, "business-name");
    }

    static PortalPage home() {
        return new PortalPage(HOME, "home", "/", "rating-legend");
    }
}
