package cn.gov.yongjia.shixiao.graphqlapi.demo;

import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.inspection.InspectionRecords;
import cn.gov.yongjia.shixiao.graphqlapi.abnormal.AbnormalListings;
import cn.gov.yongjia.shixiao.graphqlapi.region.Townships;
import cn.gov.yongjia.shixiao.graphqlapi.region.Villages;
import cn.gov.yongjia.shixiao.schema.types.BusinessStatus;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo register on the first start of an empty database (when enabled); later starts keep the data. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final long SEED = 330324L; // Yongjia's division code
    /** Changes not yet indexed that the loader lets pile up before it waits (well below the connection pool's 10). */
    private static final int MAX_CHANGES_IN_FLIGHT = 4;

    private final DemoDataProperties properties;
    private final BusinessRegistry registry;
    private final StaffAccounts accounts;
    private final Townships townships;
    private final InspectionRecords inspections;
    private final Villages villages;
    private final AbnormalListings abnormal;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    DemoDataLoader(DemoDataProperties properties, BusinessRegistry registry, StaffAccounts accounts, Townships townships,
                   InspectionRecords inspections, Villages villages, AbnormalListings abnormal,
                   org.springframework.jdbc.core.simple.JdbcClient jdbc,
                   org.springframework.transaction.support.TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.villages = villages;
        this.abnormal = abnormal;
        this.properties = properties;
        this.registry = registry;
        this.accounts = accounts;
        this.townships = townships;
        this.inspections = inspections;
    }

    private static String leadDepartment(cn.gov.yongjia.shixiao.schema.types.Trade trade) {
        return switch (trade) {
            case RESTAURANT, FOOD_SHOP, FOOD_WORKSHOP -> "MARKET_REGULATION";
            case HOTEL -> "PUBLIC_SECURITY";
            case KARAOKE, INTERNET_CAFE -> "CULTURE_TOURISM";
            case BARBERSHOP, BEAUTY_SALON, BATHHOUSE, CLINIC -> "HEALTH";
        };
    }

    private void load(DemoRegister.DemoBusiness entry, String codeListVersion, java.time.LocalDate today,
                      java.util.random.RandomGenerator random) {
        var outcome = registry.register(entry.business(), true, null);
        if (outcome.business() == null) {
            throw new IllegalStateException("Demo business refused: " + outcome.userErrors());
        }
        long key = outcome.business().key();
        var supervised = registry.setSupervision(key, entry.riskClass(), entry.supervisingOfficeCode(),
                "演示数据 / demo", null);
        if (supervised.business() == null) {
            throw new IllegalStateException("Demo supervision refused: " + supervised.userErrors());
        }
        for (var inspection : DemoInspections.forBusiness(key, entry.business().trade(),
                leadDepartment(entry.business().trade()), codeListVersion, today, random)) {
            var recorded = inspections.record(inspection, null, true);
            if (recorded.inspection() == null) {
                throw new IllegalStateException("Demo inspection refused: " + recorded.userErrors());
            }
            inspections.publish(recorded.inspection().key(), null);
        }
        if (entry.abnormal()) {
            var listed = abnormal.list(new AbnormalListings.NewListing(key, "演示数据：通过登记的经营场所无法联系 / demo: "
                    + "cannot be reached at its registered premises", today.minusDays(10 + random.nextInt(300)),
                    "永嘉县市场监督管理局", "永市监异〔演示〕" + key + "号"), null, true);
            if (listed.listing() == null) {
                throw new IllegalStateException("Demo listing refused: " + listed.userErrors());
            }
        }
        if (entry.finalStatus() != BusinessStatus.OPEN && registry.find(key).orElseThrow().status() != entry.finalStatus()) {
            registry.changeStatus(key, entry.finalStatus(), null,
                    "演示数据：整改或歇业 / demo: rectification or closure", null);
        }
    }

    /**
     * Waits while many changes are still on their way to the search index. Each change is indexed by an asynchronous
     * listener on a virtual thread that holds a database connection; thousands of them at once would take every
     * connection of the pool and make the loader's own next statement time out.
     */
    private void letIndexingCatchUp() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single()
                > MAX_CHANGES_IN_FLIGHT && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        // demo accounts (README lists them); never created unless demo data is on
        accounts.createIfMissing("county.admin", "demo-admin", "县级管理员（演示）", StaffRole.COUNTY_ADMIN, null, null, true);
        accounts.createIfMissing("market.inspector", "demo-inspector", "市场监管检查员（演示）",
                StaffRole.DEPARTMENT_INSPECTOR, "MARKET_REGULATION", null, true);
        accounts.createIfMissing("oubei.officer", "demo-officer", "瓯北街道干部（演示）", StaffRole.TOWNSHIP_OFFICER, null,
                "OUBEI", true);
        if (registry.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        var demo = DemoRegister.generate(properties.businesses(), SEED, townships.all(), villages::ofTownship,
                villages::gridCellsOf);
        var random = java.util.random.RandomGeneratorFactory.of("L64X128MixRandom").create(SEED + 1);
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String codeListVersion = inspections.currentCodeListVersion();
        for (var entry : demo) {
            // one transaction per business: one commit (and fsync) instead of one per change
            transactions.executeWithoutResult(tx -> load(entry, codeListVersion, today, random));
            letIndexingCatchUp();
        }
        // a demo owner account for the first demo business, to try the owner's reply
        registry.page(cn.gov.yongjia.shixiao.graphqlapi.relay.PageRequest.of(1, null)).edges().stream().findFirst()
                .ifPresent(first -> accounts.createOwnerIfMissing("demo.owner", "demo-owner", "演示业主",
                        first.node().key(), true));
        log.info("Loaded {} demo businesses (演示数据, made up) in {} s", demo.size(),
                java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }
}
