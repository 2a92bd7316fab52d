package cn.gov.yongjia.shixiao.graphqlapi.region;

/** A point in WGS-84 degrees. */
public record GeoPoint(double lat, double lon) {

    /** A generous box around Yongjia County: a location outside it is a typing error, not a business of ours. */
    public boolean isInYongjia() {
        return lat >= 27.85 && lat <= 28.65 && lon >= 120.35 && lon <= 121.05;
    }
}
