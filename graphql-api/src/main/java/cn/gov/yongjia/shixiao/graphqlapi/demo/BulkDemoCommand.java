package cn.gov.yongjia.shixiao.graphqlapi.demo;

import cn.gov.yongjia.shixiao.graphqlapi.search.SearchIndexRebuild;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Fills the register with many demo businesses for load tests and benchmarks, then rebuilds the search index so
 * they can be found, and exits (0 when done, 1 when it failed):
 * {@code java -jar graphql-api-exec.jar --spring.main.web-application-type=none --yongjia.demo-data.bulk-businesses=1000000}.
 * Appends: businesses already there stay, and a second run adds new ones. Never on a real register: every row is
 * marked demo, but they are a million of them.
 */
@Component
@ConditionalOnProperty(name = "yongjia.demo-data.bulk-businesses")
class BulkDemoCommand implements ApplicationRunner {

    private final BulkDemoRegister register;
    private final SearchIndexRebuild rebuild;
    private final ConfigurableApplicationContext context;

    BulkDemoCommand(BulkDemoRegister register, SearchIndexRebuild rebuild, ConfigurableApplicationContext context) {
        this.register = register;
        this.rebuild = rebuild;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        long count = Long.parseLong(context.getEnvironment().getRequiredProperty("yongjia.demo-data.bulk-businesses"));
        int code;
        try {
            BulkDemoRegister.Result result = register.append(count);
            System.out.printf("bulk demo data: %d businesses (numbers %d–%d) and %d inspections written in %.1f s%n",
                    result.businesses(), result.firstNumber(), result.firstNumber() + result.businesses() - 1,
                    result.inspections(), result.seconds());
            long[] lastPrinted = {0};
            SearchIndexRebuild.Report report = rebuild.run((written, total) -> {
                long now = System.nanoTime();
                if (written == total || now - lastPrinted[0] > 5_000_000_000L) {
                    lastPrinted[0] = now;
                    System.out.printf("search index rebuild: %d / %d businesses written%n", written, total);
                }
            });
            System.out.printf("search index rebuild: done — %d businesses in %.1f s%n", report.documents(),
                    report.seconds());
            code = 0;
        } catch (RuntimeException e) {
            System.out.printf("bulk demo data: FAILED — %s%n", e.getMessage());
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
