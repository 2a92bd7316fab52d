package cn.gov.yongjia.shixiao.searchindex.business;

import java.time.Instant;
import java.util.List;

import cn.gov.yongjia.shixiao.searchindex.SearchIndexTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking on an index of its own, filled like the county's register (one business in four with a shop-sign name), so
 * that the statistics scores depend on are those of a register and not of the few businesses another test indexed.
 */
@SpringBootTest(classes = SearchIndexTestApplication.class)
class BusinessRankingIntegrationTest {

    private static final List<String> PLACES = List.of("上塘", "东城", "北城", "桥头", "黄田", "沙头", "枫林", "岩头");
    private static final List<String> SURNAMES = List.of("王", "李", "陈", "张", "周", "徐", "潘", "胡", "朱", "叶");
    private static final List<String> TRADES = List.of("面馆", "饭店", "小吃店", "理发店", "宾馆", "网吧", "美容院");

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        SearchIndexTestApplication.ownIndices(registry);
    }

    @Autowired
    BusinessIndex index;

    @Autowired
    BusinessIndexer indexer;

    @Autowired
    BusinessSearch search;

    @Test
    void theShopWithTheDishOnItsSignAndThePlaceInItsNameRanksFirst() {
        index.ensureExists();
        try (BusinessIndexer.Bulk bulk = indexer.bulk()) {
            for (int i = 0; i < 400; i++) {
                String place = PLACES.get(i % PLACES.size());
                String surname = SURNAMES.get(i / PLACES.size() % SURNAMES.size());
                String sign = i % 4 == 0 ? surname + "记" + TRADES.get(i % TRADES.size()) : null;
                bulk.add(BusinessDocument.from(located(1000 + i, place + surname + "记" + TRADES.get(i % TRADES.size()), sign,
                        "永嘉县" + place + "镇建设路" + (i + 1) + "号")));
            }
            // the dish in the name, the place's two characters only apart (岙 in the name, 茗 in the street)
            bulk.add(BusinessDocument.from(located(1, "岙城小林鸭血粉丝", null, "永嘉县上塘镇茗江路7号")));
            // the place as a word in the name, the dish on the sign
            bulk.add(BusinessDocument.from(located(2, "茗岙阿芳快餐店", "阿芳鸭血粉丝", "永嘉县茗岙乡岙底村12号")));
        }
        index.refresh();

        assertThat(search.search("鸭血粉丝", 10).hits()).extracting(BusinessHits.Hit::businessId)
                .containsExactlyInAnyOrder(1L, 2L);
        assertThat(search.search("鸭血粉丝 茗岙", 10).hits()).extracting(BusinessHits.Hit::businessId)
                .as("adjacent pairs add up over the names: 茗岙 in one, 鸭血粉丝 in the other")
                .containsExactly(2L, 1L);
    }

    private static BusinessFacts located(long id, String name, String shopSign, String address) {
        return new BusinessFacts(id, "Business:" + id, name, shopSign, address, null, "RESTAURANT", null, "OPEN",
                null, false, null, null, null, false, Instant.parse("2026-11-26T08:00:00Z"), 1);
    }
}
