package cn.gov.yongjia.shixiao.portal.opendata;

import java.net.URI;
import java.util.List;

import cn.gov.yongjia.shixiao.portal.api.GraphQlApi;
import cn.gov.yongjia.shixiao.portal.api.PortalProperties;
import cn.gov.yongjia.shixiao.schema.client.OpenDataGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.OpenDataProjectionRoot;
import cn.gov.yongjia.shixiao.schema.types.OpenData;
import org.springframework.stereotype.Service;

/**
 * What the open-data page offers: the datasets with their data dictionary and licence (from the API's
 * {@code openData}, in one request), at addresses visitors' browsers reach, and the GraphQL endpoint and contract.
 */
@Service
public class OpenDataCatalogue {

    /** A dataset to download, with absolute addresses. */
    public record Dataset(String name, String description, URI csv, URI json, List<Column> columns) {
    }

    public record Column(String name, String type, String description) {
    }

    public record Catalogue(List<Dataset> datasets, URI dataDictionary, String licence, URI licenceUrl) {
    }

    private final GraphQlApi api;
    private final PortalProperties properties;

    OpenDataCatalogue(GraphQlApi api, PortalProperties properties) {
        this.api = api;
        this.properties = properties;
    }

    public Catalogue catalogue() {
        var root = new OpenDataProjectionRoot<>();
        root.dataDictionaryUrl().licence().licenceUrl();
        var datasets = root.datasets();
        datasets.name().description().csvUrl().jsonUrl();
        datasets.columns().name().type().description();
        OpenData data = api.query(OpenDataGraphQLQuery.newRequest().build(), root, OpenData.class);
        return new Catalogue(data.getDatasets().stream()
                .map(d -> new Dataset(d.getName(), d.getDescription(), properties.publicApiUrl(d.getCsvUrl()),
                        properties.publicApiUrl(d.getJsonUrl()), d.getColumns().stream()
                        .map(c -> new Column(c.getName(), c.getType(), c.getDescription())).toList()))
                .toList(), properties.publicApiUrl(data.getDataDictionaryUrl()), data.getLicence(),
                URI.create(data.getLicenceUrl()));
    }

    /** The GraphQL endpoint, as visitors' browsers and partners reach it. */
    public URI endpoint() {
        return properties.publicApiUrl();
    }

    /** The published contract (SDL), printed by the API. */
    public URI schema() {
        return properties.publicApiUrl("/graphql/schema");
    }
}
