package cn.gov.yongjia.shixiao.graphqlapi.demo;

import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
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

    private final DemoDataProperties properties;
    private final BusinessRegistry registry;

    DemoDataLoader(DemoDataProperties properties, BusinessRegistry registry) {
        this.properties = properties;
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || registry.count() > 0) {
            return;
        }
        var demo = DemoRegister.generate(properties.businesses(), SEED);
        demo.forEach(b -> registry.register(b.name(), b.trade(), true));
        log.info("Loaded {} demo businesses (演示数据, made up)", demo.size());
    }
}
