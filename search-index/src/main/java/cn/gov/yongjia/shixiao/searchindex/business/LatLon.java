package cn.gov.yongjia.shixiao.searchindex.business;

/** A point in WGS-84 degrees, as the index stores it ({@code geo_point}). */
public record LatLon(double lat, double lon) {

    /** Great-circle distance in kilometres (haversine; the county is small enough for a sphere). */
    public double distanceKm(LatLon other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /** This point on a grid of 0.01° (about 1.1 km north–south, 1 km east–west here): where a home may be shown. */
    public LatLon coarse() {
        return new LatLon(Math.round(lat * 100) / 100.0, Math.round(lon * 100) / 100.0);
    }

    /**
     * A point as Elasticsearch returns a {@code geo_point} doc value: {@code "lat, lon"} (each degree to within about
     * a centimetre of what was indexed: doc values keep 32 bits per coordinate).
     */
    static LatLon parse(String latCommaLon) {
        int comma = latCommaLon.indexOf(',');
        return new LatLon(Double.parseDouble(latCommaLon.substring(0, comma).strip()),
                Double.parseDouble(latCommaLon.substring(comma + 1).strip()));
    }
}
