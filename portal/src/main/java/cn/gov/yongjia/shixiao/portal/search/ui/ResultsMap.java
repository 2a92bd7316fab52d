package cn.gov.yongjia.shixiao.portal.search.ui;

import java.util.ArrayList;
import java.util.List;

import cn.gov.yongjia.shixiao.portal.rating.RatingArt;
import cn.gov.yongjia.shixiao.portal.search.MapTiles;
import cn.gov.yongjia.shixiao.portal.search.SearchRequest;
import cn.gov.yongjia.shixiao.schema.types.Business;
import cn.gov.yongjia.shixiao.schema.types.BusinessSearchEdge;
import cn.gov.yongjia.shixiao.schema.types.RatingGrade;
import com.vaadin.flow.component.html.Div;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results on a map: Leaflet (from its webjar, served by the portal itself), tiles from the configured tile
 * server, one pin per located result coloured by its rating. A business run from a private residence is never
 * pinned (the API gives no location for it anyway). The list beside it carries the same information for readers who
 * do not use the map.
 */
class ResultsMap extends Div {

    static final String LEAFLET = "webjars/leaflet/1.9.4/dist/leaflet.js";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MapTiles tiles;
    private final SearchRequest.Near near;
    private final List<Pin> pins = new ArrayList<>();

    /** A pin: where, the grade (null: pending) for its colour, the label and the business page. */
    record Pin(double lat, double lon, String grade, String colour, String label, String url) {
    }

    ResultsMap(MapTiles tiles, SearchRequest.Near near) {
        this.tiles = tiles;
        this.near = near;
        setId("results-map");
        addClassName("results-map");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("search.map"));
    }

    /** Adds the pins of these results (those with a public location) and redraws. */
    void add(List<BusinessSearchEdge> edges) {
        for (BusinessSearchEdge edge : edges) {
            Business business = edge.getNode();
            if (business.getLocation() == null || Boolean.TRUE.equals(business.getPrivateResidence())) {
                continue;
            }
            RatingGrade grade = business.getRating() == null ? null : business.getRating().getGrade();
            String name = business.getShopSignName() != null ? business.getShopSignName() : business.getName();
            pins.add(new Pin(business.getLocation().getLat(), business.getLocation().getLon(),
                    grade == null ? "PENDING" : grade.name(), RatingArt.colour(grade),
                    name + " · " + (grade == null ? getTranslation("rating.pending") : getTranslation("grade." + grade.name())),
                    "business/" + business.getId()));
        }
        draw();
    }

    private void draw() {
        String pinsJson = JSON.writeValueAsString(pins);
        String nearJson = near == null ? "null" : JSON.writeValueAsString(near);
        getElement().executeJs("""
                const el = this, pins = JSON.parse($1), near = JSON.parse($2);
                const ready = window.yongjiaLeaflet || (window.yongjiaLeaflet = new Promise((ok, fail) => {
                    const s = document.createElement('script'); s.src = $0; s.onload = ok; s.onerror = fail;
                    document.head.appendChild(s); }));
                ready.then(() => {
                    if (!el.leafletMap) {
                        el.leafletMap = L.map(el, { scrollWheelZoom: false });
                        L.tileLayer($3, { attribution: $4, maxZoom: $5 }).addTo(el.leafletMap);
                        el.pinLayer = L.layerGroup().addTo(el.leafletMap);
                    }
                    const map = el.leafletMap;
                    el.pinLayer.clearLayers();
                    const points = [];
                    if (near) {
                        L.circle([near.lat, near.lon], { radius: near.radiusKm * 1000, color: '#1f5f99', weight: 1, fillOpacity: 0.05,
                            className: 'near-circle' }).addTo(el.pinLayer);
                        points.push([near.lat, near.lon]);
                    }
                    for (const p of pins) {
                        const marker = L.circleMarker([p.lat, p.lon], { radius: 9, color: '#ffffff', weight: 2, fillColor: p.colour,
                            fillOpacity: 1, className: 'pin pin-' + p.grade });
                        const link = document.createElement('a'); link.href = p.url; link.textContent = p.label;
                        marker.bindPopup(link).bindTooltip(p.label);
                        marker.addTo(el.pinLayer);
                        points.push([p.lat, p.lon]);
                    }
                    el.setAttribute('data-pins', String(pins.length));
                    if (points.length > 1) { map.fitBounds(points, { padding: [24, 24], maxZoom: 16 }); }
                    else if (points.length === 1) { map.setView(points[0], 15); }
                    else { map.setView([28.15, 120.69], 10); }
                    setTimeout(() => map.invalidateSize(), 0);
                }).catch(() => el.setAttribute('data-map-error', 'leaflet'));
                """, LEAFLET, pinsJson, nearJson, tiles.tileUrl(), tiles.attribution(), tiles.maxZoom());
    }
}
