package cn.gov.yongjia.shixiao.portal.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the results map takes its background tiles from ({@code yongjia.portal.map.*}). The pins never depend on
 * them: without the tile server (no internet) the map is blank but still shows where the results are.
 *
 * @param tileUrl     a Leaflet tile URL template with {z}/{x}/{y} (and {s} for subdomains)
 * @param attribution the tile provider's required attribution (HTML)
 * @param maxZoom     the deepest zoom level the tile server has
 */
@ConfigurationProperties("yongjia.portal.map")
public record MapTiles(@DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tileUrl,
                       @DefaultValue("&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>") String attribution,
                       @DefaultValue("19") int maxZoom) {
}
