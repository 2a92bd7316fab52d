package cn.gov.yongjia.shixiao.benchmark.portal;

/**
 * What one page view cost on the server, from the browser's Navigation and Resource Timing of the document request
 * and of every Vaadin request ({@code ?v-r=…}) made until the view was finished.
 *
 * @param serverMillis    sum over those requests of {@code responseStart − requestStart}: from the request sent to
 *                        the first byte of the answer (the server's work plus the loopback, which is negligible)
 * @param documentMillis  that time for the document request alone
 * @param vaadinRequests  how many Vaadin requests ({@code ?v-r=}) the view took
 * @param portalMillis    the portal's own report of its work before answering ({@code Server-Timing: app}), summed
 * @param graphqlRequests GraphQL requests the portal sent to the API for the view ({@code Server-Timing: graphql})
 * @param graphqlMillis   how long those took, as the portal saw them
 * @param reported        whether every request of the view carried the portal's Server-Timing header
 */
record PageViewTiming(double serverMillis, double documentMillis, int vaadinRequests, double portalMillis,
                      int graphqlRequests, double graphqlMillis, boolean reported) {
}
