package cn.gov.yongjia.shixiao.graphqlapi.dataimport;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.gov.yongjia.shixiao.graphqlapi.audit.AuditLog;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.SpringApplication;
import org.springframework.stereotype.Component;

/**
 * The import from the command line, for files of any size:
 * {@code java -jar graphql-api-exec.jar --spring.main.web-application-type=none --yongjia.import.file=shops.csv
 * --yongjia.import.kind=BUSINESSES --yongjia.import.source=SAMR} (format from the file name). Prints progress and the
 * report, then exits: 0 when applied, 3 when refused.
 */
@Component
@ConditionalOnProperty("yongjia.import.file")
class ImportCommand implements ApplicationRunner {

    private final RegisterImport imports;
    private final ConfigurableApplicationContext context;

    ImportCommand(RegisterImport imports, ConfigurableApplicationContext context) {
        this.imports = imports;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        var env = context.getEnvironment();
        Path file = Path.of(env.getRequiredProperty("yongjia.import.file"));
        RegisterImport.Kind kind = RegisterImport.Kind.valueOf(env.getProperty("yongjia.import.kind", "BUSINESSES"));
        ImportRows.Format format = file.toString().toLowerCase().endsWith(".json") ? ImportRows.Format.JSON : ImportRows.Format.CSV;
        ImportReport report;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            report = imports.run(kind, format, reader, env.getRequiredProperty("yongjia.import.source"), AuditLog.SYSTEM,
                    rows -> System.out.printf("%s: %d rows checked%n", file.getFileName(), rows));
        }
        System.out.printf("%s: %s — %d rows, %d created, %d updated, %d unchanged%n", file.getFileName(),
                report.applied() ? "applied" : "REFUSED, nothing written", report.rows(), report.created(),
                report.updated(), report.unchanged());
        report.errors().forEach(e -> System.out.printf("  row %d, %s: %s (%s)%n", e.row(), e.field(), e.message(), e.code()));
        int code = report.applied() ? 0 : 3;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
