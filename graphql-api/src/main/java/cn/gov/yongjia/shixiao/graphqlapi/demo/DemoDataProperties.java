package cn.gov.yongjia.shixiao.graphqlapi.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled    load the demo register into an empty database on start
 * @param businesses how many demo businesses to make
 */
@ConfigurationProperties("yongjia.demo-data")
record DemoDataProperties(@DefaultValue("false") boolean enabled, @DefaultValue("2000") int businesses) {
}
