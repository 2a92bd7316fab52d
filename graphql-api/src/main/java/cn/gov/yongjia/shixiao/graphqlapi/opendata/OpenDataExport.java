package cn.gov.yongjia.shixiao.graphqlapi.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.gov.yongjia.shixiao.graphqlapi.business.Business;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.inspection.Inspection;
import cn.gov.yongjia.shixiao.graphqlapi.inspection.InspectionRecords;
import cn.gov.yongjia.shixiao.graphqlapi.rating.RatingPolicy;
import cn.gov.yongjia.shixiao.graphqlapi.region.Township;
import cn.gov.yongjia.shixiao.graphqlapi.region.Townships;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the open datasets page by page (500 businesses at a time, one query each for their inspections and
 * violations), so that a download of the whole register needs little memory. Only public information: no owner
 * names or phones, no drafts, no location of a private residence.
 */
@Component
class OpenDataExport {

    static final int PAGE = 500;
    private static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");

    enum Format { CSV, JSON }

    private final BusinessRegistry businesses;
    private final InspectionRecords inspections;
    private final RatingPolicy ratings;
    private final Townships townships;
    private final JsonMapper json = JsonMapper.builder().build();

    private final cn.gov.yongjia.shixiao.graphqlapi.region.Villages villages;
    private final cn.gov.yongjia.shixiao.graphqlapi.region.SupervisingOffices offices;
    private final cn.gov.yongjia.shixiao.graphqlapi.abnormal.AbnormalListings abnormal;

    OpenDataExport(BusinessRegistry businesses, InspectionRecords inspections, RatingPolicy ratings, Townships townships,
                   cn.gov.yongjia.shixiao.graphqlapi.region.Villages villages,
                   cn.gov.yongjia.shixiao.graphqlapi.region.SupervisingOffices offices,
                   cn.gov.yongjia.shixiao.graphqlapi.abnormal.AbnormalListings abnormal) {
        this.businesses = businesses;
        this.inspections = inspections;
        this.ratings = ratings;
        this.townships = townships;
        this.villages = villages;
        this.offices = offices;
        this.abnormal = abnormal;
    }

    void businesses(Format format, OutputStream out) {
        LocalDate today = LocalDate.now(COUNTY_TIME);
        write(Datasets.BUSINESSES, format, out, sink -> eachPage((page, publicInspections) -> {
            var listed = abnormal.of(page.stream().map(Business::key).toList(), false);
            sink.accept(page.stream()
                .map(b -> new Datasets.RatedBusiness(b, ratings.current(b.status(), scored(publicInspections.getOrDefault(b.key(), List.of())), today),
                        townships.find(b.townshipCode()).map(Township::name).orElse(null),
                        villages.find(b.villageCode()).map(cn.gov.yongjia.shixiao.graphqlapi.region.Village::name).orElse(null),
                        villages.findGridCell(b.gridCellCode()).map(cn.gov.yongjia.shixiao.graphqlapi.region.GridCell::name).orElse(null),
                        offices.find(b.supervisingOfficeCode()).map(cn.gov.yongjia.shixiao.graphqlapi.region.SupervisingOffice::name).orElse(null),
                        listed.containsKey(b.key())))
                .toList());
        }));
    }

    void inspections(Format format, OutputStream out) {
        write(Datasets.INSPECTIONS, format, out, sink -> eachPage((page, publicInspections) -> {
            List<Inspection> list = page.stream().flatMap(b -> publicInspections.getOrDefault(b.key(), List.of()).stream()).toList();
            var departments = inspections.departmentsOf(list.stream().map(Inspection::key).toList());
            sink.accept(list.stream().map(i -> new Datasets.JointInspection(i, departments.getOrDefault(i.key(), List.of())
                    .stream().filter(d -> !d.lead()).map(d -> d.department().code()).toList())).toList());
        }));
    }

    void violations(Format format, OutputStream out) {
        write(Datasets.VIOLATIONS, format, out, sink -> eachPage((page, publicInspections) -> {
            List<Long> keys = publicInspections.values().stream().flatMap(List::stream).map(Inspection::key).toList();
            var byInspection = inspections.violationsOf(keys);
            sink.accept(keys.stream().flatMap(k -> byInspection.getOrDefault(k, List.of()).stream()).toList());
        }));
    }

    private interface PageVisitor {
        void visit(List<Business> page, Map<Long, List<Inspection>> publicInspections);
    }

    private void eachPage(PageVisitor visitor) {
        Long after = null;
        while (true) {
            List<Business> page = businesses.after(after, PAGE);
            if (page.isEmpty()) {
                return;
            }
            visitor.visit(page, inspections.publicOf(page.stream().map(Business::key).toList()));
            after = page.getLast().key();
        }
    }

    private static List<RatingPolicy.Scored> scored(List<Inspection> list) {
        return list.stream().map(i -> new RatingPolicy.Scored(i.key(), i.inspectedOn(), i.totalScore(), i.publicationStatus())).toList();
    }

    private <R> void write(List<Column<R>> columns, Format format, OutputStream out, Consumer<Consumer<List<R>>> rows) {
        try {
            if (format == Format.CSV) {
                // a byte-order mark, so that spreadsheet programs read the Chinese text as UTF-8
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                        .setHeader(columns.stream().map(Column::name).toArray(String[]::new)).get());
                rows.accept(page -> page.forEach(row -> {
                    try {
                        csv.printRecord(columns.stream().map(c -> Datasets.text(c.value().apply(row))).toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
                csv.flush();
            } else {
                try (JsonGenerator generator = json.createGenerator(out)) {
                    generator.writeStartArray();
                    rows.accept(page -> page.forEach(row -> {
                        generator.writeStartObject();
                        for (Column<R> column : columns) {
                            generator.writeName(column.name());
                            Object value = Datasets.text(column.value().apply(row));
                            json.writeValue(generator, value);
                        }
                        generator.writeEndObject();
                    }));
                    generator.writeEndArray();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
