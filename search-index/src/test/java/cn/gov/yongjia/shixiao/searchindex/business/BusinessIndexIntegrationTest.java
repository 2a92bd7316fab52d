package cn.gov.yongjia.shixiao.searchindex.business;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import cn.gov.yongjia.shixiao.searchindex.RebuildRunningException;
import cn.gov.yongjia.shixiao.searchindex.SearchIndexProperties;
import cn.gov.yongjia.shixiao.searchindex.SearchIndexTestApplication;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The business index on a real Elasticsearch (the minimal distribution the platform runs). */
@SpringBootTest(classes = SearchIndexTestApplication.class)
class BusinessIndexIntegrationTest {

    private static final String CREDIT_CODE = "92330324MA2XK0LM7Q";

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

    @Autowired
    ElasticsearchClient client;

    @Value("${yongjia.search.index-prefix}")
    String prefix;

    @Test
    void chineseNamesAreFoundByTheWordsInsideThem() {
        indexer.index(document(1, "瓯北刀削面馆", "RESTAURANT", 1));
        indexer.index(document(2, "桥头发艺理发店", "BARBERSHOP", 1));
        index.refresh();

        assertThat(ids(search.search("刀削面", 10))).containsExactly(1L);
        assertThat(ids(search.search("削面", 10))).containsExactly(1L);
        assertThat(first(search.search("理发", 10))).as("before the barbershops without 理发 in their names")
                .isEqualTo(2L);
        assertThat(search.search("浴室", 10).total()).isZero();
    }

    @Test
    void aPageIsReadFromDocValuesWithoutLoadingStoredFields() throws IOException {
        indexer.index(document(3, "鹤盛麦芽糖坊", "FOOD_WORKSHOP", 1));
        index.refresh();

        BusinessQuery query = new BusinessQuery("麦芽糖", null, null, null, null, null, null, 0, null, 10, null);
        assertThat(search.answer(query).response().hits().hits()).singleElement().satisfies(hit -> {
            assertThat(hit.source()).as("no _source: its block of stored fields is never decompressed").isNull();
            assertThat(hit.id()).as("not even _id").isNull();
        });
        assertThat(search.search(query).hits()).singleElement().satisfies(hit -> {
            assertThat(hit.businessId()).isEqualTo(3L);
            assertThat(hit.highlightedName()).isEqualTo("鹤盛<em>麦芽糖</em>坊");
        });
    }

    @Test
    void pinyinInitialsCreditCodesAndTyposFindTheRightShop() {
        indexer.index(BusinessDocument.from(facts(20, "三江兰州拉面", null, "RESTAURANT", "OPEN", CREDIT_CODE, null, false, null)));
        indexer.index(BusinessDocument.from(facts(21, "三江重庆小面", null, "RESTAURANT", "OPEN", null, null, false, null)));
        indexer.index(BusinessDocument.from(facts(22, "三江阿强发艺", null, "BARBERSHOP", "OPEN", null, null, false, null)));
        index.refresh();

        assertThat(first(search.search("兰州拉面", 10))).isEqualTo(20L);
        assertThat(first(search.search("lanzhou", 10))).isEqualTo(20L);
        assertThat(first(search.search("Lan Zhou La Mian", 10))).isEqualTo(20L);
        assertThat(first(search.search("lzlm", 10))).isEqualTo(20L);
        assertThat(ids(search.search(CREDIT_CODE, 10))).containsExactly(20L);
        assertThat(ids(search.search(CREDIT_CODE.toLowerCase(), 10))).containsExactly(20L);
        assertThat(first(search.search("兰州拉麺", 10))).as("one wrong character").isEqualTo(20L);
        assertThat(first(search.search("chongqing", 10))).as("polyphone 重 read as chong").isEqualTo(21L);
        assertThat(first(search.search("cqxm", 10))).isEqualTo(21L);
        assertThat(search.search("zzzz", 10).total()).isZero();
    }

    @Test
    void everyCharacterIsRequiredUnlessNoNameHasThemAll() {
        indexer.index(document(160, "大若岩缙云烧饼", "RESTAURANT", 1));
        indexer.index(document(161, "大若岩缙云饼屋", "RESTAURANT", 1)); // 缙云饼: three of 缙云烧饼
        index.refresh();

        BusinessHits exact = search.search("缙云烧饼", 10);
        assertThat(ids(exact)).as("only the name with all four").containsExactly(160L);
        assertThat(exact.approximate()).isFalse();
        BusinessHits typo = search.search("缙云烧麦", 10);
        assertThat(ids(typo)).as("none has all four: one may be missing").containsExactly(160L);
        assertThat(typo.approximate()).as("said, so that a client can call them similar names").isTrue();
        BusinessHits pastTheEnd = search.search(new BusinessQuery("缙云烧麦", null, null, null, null, null, null, 0,
                null, 10, typo.hits().getLast().cursor()));
        assertThat(pastTheEnd.hits()).isEmpty();
        assertThat(pastTheEnd.approximate()).as("the page after the last of a relaxed search is still of it").isTrue();
        assertThat(ids(search.search("缙云饼店", 10))).containsExactlyInAnyOrder(160L, 161L);
        assertThat(search.search("缙云饼店", 10).total()).isEqualTo(2);
        BusinessHits none = search.search("云烧麦", 10);
        assertThat(none.total()).as("three characters are never relaxed").isZero();
        assertThat(none.approximate()).isFalse();
        assertThat(search.search("缙云琥珀", 10).approximate()).as("relaxed, still nothing: not approximate").isFalse();
    }

    @Test
    void shopSignNamesAddressesAndHighlightsCount() {
        indexer.index(BusinessDocument.from(new BusinessFacts(30, "Business:30", "永嘉县黄田某某餐饮店", "老街<馄饨>",
                "永嘉县黄田街道千石路8号", null, "RESTAURANT", "HUANGTIAN", "OPEN", null, false, null, null, null, false,
                Instant.parse("2026-11-26T08:00:00Z"), 1)));
        index.refresh();

        BusinessHits byShopSign = search.search("馄饨", 10);
        assertThat(ids(byShopSign)).containsExactly(30L);
        assertThat(byShopSign.hits().getFirst().highlightedShopSignName()).isEqualTo("老街&lt;<em>馄饨</em>&gt;");
        assertThat(byShopSign.hits().getFirst().highlightedName()).isNull();
        assertThat(ids(search.search("千石路", 10))).containsExactly(30L);
    }

    @Test
    void aDishAndAPlaceTogetherFindTheShopOfThatDishInThatPlace() {
        indexer.index(BusinessDocument.from(located(210, "沙头阿强快餐店", "阿强螺蛳粉", "永嘉县沙头镇建设路65号", "SHATOU")));
        indexer.index(BusinessDocument.from(located(211, "金溪春生螺蛳粉", null, "永嘉县金溪镇罗浮大街113号", "JINXI")));
        indexer.index(BusinessDocument.from(located(212, "沙头家常菜馆", null, "永嘉县沙头镇人民路1号", "SHATOU")));
        index.refresh();

        BusinessHits dishInPlace = search.search("螺蛳粉 沙头", 10);
        assertThat(ids(dishInPlace)).as("the sign holds the dish, the name and the address the place")
                .containsExactly(210L);
        assertThat(dishInPlace.approximate()).as("every character is there, across fields").isFalse();
        assertThat(ids(search.search("沙头螺蛳粉", 10))).as("written as one word").containsExactly(210L);
        assertThat(ids(search.search("螺蛳粉 金溪", 10))).containsExactly(211L);
        assertThat(ids(search.search("螺蛳粉", 10))).containsExactlyInAnyOrder(210L, 211L);
        assertThat(ids(search.search("沙头", 10))).containsExactlyInAnyOrder(210L, 212L);
    }

    @Test
    void theWordsOfATradeFindEveryBusinessOfItWhateverItsName() {
        indexed(
                ofTrade(240, "界坑春生美发店", "永嘉县界坑乡界坑村1号", "BARBERSHOP", "JIEKENG"),
                ofTrade(241, "阿强发艺", "永嘉县界坑乡中街3号", "BARBERSHOP", "JIEKENG"),
                located(242, "界坑阿强快餐店", null, "永嘉县界坑乡中街5号", "JIEKENG"),
                ofTrade(243, "界坑山水客栈", "永嘉县界坑乡界坑村8号", "HOTEL", "JIEKENG"));

        BusinessHits barbers = search.search("美发 界坑", 10);
        assertThat(ids(barbers)).as("the name saying 美发 first, then the 发艺 whose street is in 界坑")
                .containsExactly(240L, 241L);
        assertThat(barbers.approximate()).as("every character found: the trade's words are not a typo").isFalse();
        assertThat(ids(search.search("界坑理发", 10))).containsExactlyInAnyOrder(240L, 241L);
        assertThat(ids(search.search("宾馆 界坑", 10))).as("a 客栈 is a hotel too").containsExactly(243L);
        assertThat(ids(search.search("界坑 餐馆", 10))).containsExactly(242L);
        assertThat(ids(search.search("阿强 理发", 10))).as("not the 快餐店 of an 阿强").contains(241L)
                .doesNotContain(242L);
    }

    @Test
    void aTownshipNamedInTheTextRanksItsBusinessesFirstWhateverTheirAddressSays() {
        indexed(
                ofTrade(270, "岩头芙蓉村阿华理发店", "永嘉县岩头镇芙蓉村1号", "BARBERSHOP", "YANTOU"),
                ofTrade(271, "阿明发艺", "永嘉县岩头镇芙蓉村2号", "BARBERSHOP", "YANTOU"),
                ofTrade(272, "楠溪发艺", "永嘉县楠溪江大道2号", "BARBERSHOP", "YANTOU"),
                ofTrade(273, "金溪石岩老街理发店", "永嘉县金溪镇头陀路1号", "BARBERSHOP", "JINXI"),
                ofTrade(274, "岩头宾馆", "永嘉县金溪镇罗浮大街5号", "HOTEL", "JINXI"),
                ofTrade(275, "山居民宿", "永嘉县岩头镇芙蓉村3号", "HOTEL", "YANTOU"),
                ofTrade(276, "金溪客栈", "永嘉县金溪镇岩头路9号", "HOTEL", "JINXI"));

        assertThat(ids(search.search("理发 岩头", 10)))
                .as("岩头镇's barbershops first (the name saying 理发 first, the 发艺 whose address does not say 岩头 "
                        + "too), then the 理发店 elsewhere whose name and street hold 岩 and 头 by chance")
                .containsExactly(270L, 271L, 272L, 273L);
        assertThat(ids(search.search("岩头镇理发", 10))).as("the township's registered name names it too")
                .containsExactly(270L, 271L, 272L, 273L);
        assertThat(ids(search.search("岩头宾馆", 10)))
                .as("the hotel called so, wherever it is, and the 民宿 of 岩头镇; not a 客栈 on a 岩头路 elsewhere")
                .containsExactly(274L, 275L);
    }

    @Test
    void thePinyinOfATradeWordFindsEveryBusinessOfTheTradeNamesSpellingItFirst() {
        indexed(
                ofTrade(250, "鹤盛剪艺", "永嘉县鹤盛镇鹤盛村2号", "BARBERSHOP", "HESHENG"),
                ofTrade(251, "鹤盛立发发廊", "永嘉县鹤盛镇鹤盛村3号", "BARBERSHOP", "HESHENG"),
                located(252, "鹤盛利发小吃", null, "永嘉县鹤盛镇鹤盛村4号", "HESHENG"),
                located(253, "鹤盛小吃", null, "永嘉县鹤盛镇鹤盛村5号", "HESHENG"));

        List<Long> lifa = ids(search.search("lifa", 100));
        assertThat(lifa).as("剪艺 is a barbershop; 立发 and 利发 spell lifa in their names; 小吃 neither")
                .contains(250L, 251L, 252L).doesNotContain(253L);
        assertThat(lifa.indexOf(251L)).as("the name spelling lifa before the barbershop found by its trade alone")
                .isLessThan(lifa.indexOf(250L));
        assertThat(ids(search.search("Li Fa", 100))).contains(250L, 251L).doesNotContain(253L);
        assertThat(ids(search.search("lf", 100))).as("initials are not a word of the trade").contains(251L)
                .doesNotContain(250L);
    }

    @Test
    void fullWidthLettersAndDigitsFromAChineseInputMethodSearchAsTheirAsciiDo() {
        indexed(
                ofTrade(260, "巽宅歌舞厅", "永嘉县巽宅镇巽宅村6号", "KARAOKE", "XUNZHAI"),
                ofTrade(261, "巽宅金曲KTV", "永嘉县巽宅镇巽宅村7号", "KARAOKE", "XUNZHAI"),
                located(262, "巽宅2号超市", null, "永嘉县巽宅镇巽宅村5号", "XUNZHAI"),
                located(263, "巽宅超市", null, "永嘉县巽宅镇巽宅村9号", "XUNZHAI"));

        BusinessHits ascii = search.search("巽宅KTV", 10);
        assertThat(ids(ascii)).as("the name holding KTV before the karaoke found by its trade alone")
                .containsExactly(261L, 260L);
        BusinessHits fullWidth = search.search("巽宅ＫＴＶ", 10);
        assertThat(ids(fullWidth)).containsExactlyElementsOf(ids(ascii));
        assertThat(fullWidth.hits().getFirst().highlightedName()).isEqualTo("<em>巽宅</em>金曲<em>KTV</em>");
        BusinessHits digit = search.search("巽宅２号", 10);
        assertThat(ids(digit)).as("a full-width digit is the digit").containsExactly(262L);
        assertThat(digit.hits().getFirst().highlightedName()).isEqualTo("<em>巽宅2号</em>超市");
        assertThat(search.suggest("巽宅金曲ＫＴ", null, 10)).as("autocomplete too")
                .containsExactly(new BusinessSuggestion(261, "巽宅金曲KTV"));
    }

    @Test
    void autocompleteTakesChinesePinyinAndInitialsButNeverClosedBusinesses() {
        indexer.index(BusinessDocument.from(facts(40, "碧莲阿强面馆", "阿强拉面", "RESTAURANT", "OPEN", null, null, false, "A")));
        indexer.index(BusinessDocument.from(facts(41, "碧莲阿强旧店", null, "RESTAURANT", "CLOSED", null, null, false, null)));
        index.refresh();

        assertThat(search.suggest("碧莲", null, 10)).extracting(BusinessSuggestion::businessId).containsExactly(40L);
        assertThat(search.suggest("bilian", null, 10)).containsExactly(new BusinessSuggestion(40, "碧莲阿强面馆"));
        assertThat(search.suggest("blaq", null, 10)).extracting(BusinessSuggestion::businessId).containsExactly(40L);
        assertThat(search.suggest("阿强拉", null, 10)).as("by the shop-sign name, which is shown")
                .containsExactly(new BusinessSuggestion(40, "阿强拉面"));
        assertThat(search.suggest("aqlm", null, 10)).extracting(BusinessSuggestion::name).containsExactly("阿强拉面");
        assertThat(search.suggest("碧莲阿强旧", null, 10)).isEmpty();
    }

    @Test
    void suggestionsNearAPointPreferTheNearerShop() {
        LatLon yantou = new LatLon(28.380, 120.680);
        LatLon oubei = new LatLon(28.030, 120.650);
        indexer.index(BusinessDocument.from(facts(50, "岩头牛肉粉店", null, "RESTAURANT", "OPEN", null, yantou, false, null)));
        indexer.index(BusinessDocument.from(facts(51, "瓯北牛肉粉店", null, "RESTAURANT", "OPEN", null, oubei, false, null)));
        indexer.index(BusinessDocument.from(facts(52, "无址牛肉粉店", null, "RESTAURANT", "OPEN", null, null, false, null)));
        index.refresh();

        assertThat(search.suggest("牛肉粉", new LatLon(28.031, 120.652), 10)).extracting(BusinessSuggestion::businessId)
                .startsWith(51L, 50L).contains(52L);
        assertThat(search.suggest("niurou", new LatLon(28.379, 120.679), 10)).extracting(BusinessSuggestion::businessId)
                .startsWith(50L, 51L).contains(52L);
        assertThat(search.suggest("牛肉粉", new LatLon(28.379, 120.679), 1)).extracting(BusinessSuggestion::businessId)
                .containsExactly(50L);
    }

    @Test
    void aPrivateResidenceIsIndexedOnlyAtACoarsePoint() throws Exception {
        indexer.index(BusinessDocument.from(facts(60, "东城家庭剪发室", null, "BARBERSHOP", "OPEN", null,
                new LatLon(28.153456, 120.716543), true, null)));
        index.refresh();

        var stored = client.get(g -> g.index(index.alias()).id("60"), BusinessDocument.class).source();
        assertThat(stored).isNotNull();
        assertThat(stored.location()).isEqualTo(new LatLon(28.15, 120.72));
        assertThat(stored.coarseLocation()).isTrue();
        BusinessHits near = search.search(new BusinessQuery("家庭剪发", null, null, null, null, null,
                new LatLon(28.15, 120.70), 5, BusinessQuery.Sort.DISTANCE, 10, null));
        assertThat(near.hits()).singleElement().satisfies(hit -> assertThat(hit.distanceKm()).isEqualTo(2.0));
    }

    @Test
    void relevanceLiftsABetterRatingAndANearerPlaceWhenTheTextMatchesEqually() {
        indexer.index(BusinessDocument.from(facts(90, "枫林同名小吃", null, "RESTAURANT", "OPEN", null, null, false, null)));
        indexer.index(BusinessDocument.from(facts(91, "枫林同名小吃", null, "RESTAURANT", "OPEN", null, null, false, "A")));
        indexer.index(BusinessDocument.from(facts(92, "金溪同名面店", null, "RESTAURANT", "OPEN", null,
                new LatLon(28.42, 120.60), false, null)));
        indexer.index(BusinessDocument.from(facts(93, "金溪同名面店", null, "RESTAURANT", "OPEN", null,
                new LatLon(28.43, 120.61), false, null)));
        index.refresh();

        assertThat(ids(search.search("枫林同名小吃", 10))).containsExactly(91L, 90L);
        BusinessHits near = search.search(new BusinessQuery("金溪同名面店", null, null, null, null, null,
                new LatLon(28.431, 120.611), 5, BusinessQuery.Sort.RELEVANCE, 10, null));
        assertThat(ids(near)).containsExactly(93L, 92L);
        assertThat(near.hits().getFirst().score()).isGreaterThan(near.hits().getLast().score());
    }

    @Test
    void pagesFollowEachOtherThroughCursorsOfTheirOwnOrder() {
        for (int i = 70; i < 75; i++) {
            indexer.index(BusinessDocument.from(facts(i, "巽宅分页小吃" + i, null, "RESTAURANT", "OPEN", null, null, false, null)));
        }
        index.refresh();
        BusinessQuery firstPage = new BusinessQuery("巽宅分页", null, null, null, null, null, null, 0,
                BusinessQuery.Sort.NAME, 3, null);
        BusinessHits one = search.search(firstPage);
        assertThat(one.hasMore()).isTrue();
        BusinessHits two = search.search(new BusinessQuery("巽宅分页", null, null, null, null, null, null, 0,
                BusinessQuery.Sort.NAME, 3, one.hits().getLast().cursor()));

        assertThat(ids(one)).containsExactly(70L, 71L, 72L);
        assertThat(ids(two)).containsExactly(73L, 74L);
        assertThat(two.hasMore()).isFalse();
        assertThatThrownBy(() -> search.search(new BusinessQuery("巽宅分页", null, null, null, null, null, null, 0,
                BusinessQuery.Sort.RELEVANCE, 3, one.hits().getLast().cursor())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatAQueryDoesNotCountElasticsearchIsNotAskedFor() throws Exception {
        indexer.index(BusinessDocument.from(facts(190, "岩坦计数面馆", null, "RESTAURANT", "OPEN", null, null, false, "A")));
        indexer.index(BusinessDocument.from(facts(191, "岩坦计数旅馆", null, "HOTEL", "OPEN", null, null, false, null)));
        indexer.index(BusinessDocument.from(facts(192, "岩坦计数发艺", null, "BARBERSHOP", "OPEN", null, null, false, "B")));
        index.refresh();
        BusinessQuery counted = new BusinessQuery("岩坦计数", null, null, null, null, null, null, 0,
                BusinessQuery.Sort.NAME, 2, null);
        BusinessQuery uncounted = counted.counting(Set.of());

        BusinessSearch.Answer answer = search.answer(uncounted);
        assertThat(answer.response().aggregations()).as("no facet aggregation").isEmpty();
        assertThat(answer.response().hits().total()).as("only whether anything matches").isNotNull()
                .satisfies(total -> assertThat(total.value()).isEqualTo(1));
        BusinessHits page = search.search(uncounted);
        assertThat(page.facets()).isEqualTo(BusinessHits.Facets.NONE);
        assertThat(page.total()).isEqualTo(1);
        BusinessHits full = search.search(counted);
        assertThat(full.total()).isEqualTo(3);
        assertThat(full.facets().trades()).hasSize(3);
        assertThat(ids(page)).isEqualTo(ids(full));
        assertThat(page.hasMore()).isTrue();

        BusinessHits facetsOnly = search.search(counted.counting(Set.of(BusinessQuery.Count.FACETS)));
        assertThat(facetsOnly.facets()).isEqualTo(full.facets());
        BusinessHits next = search.search(new BusinessQuery("岩坦计数", null, null, null, null, null, null, 0,
                BusinessQuery.Sort.NAME, 2, page.hits().getLast().cursor(), Set.of()));
        assertThat(next.hasMore()).isFalse();
        BusinessHits pastTheEnd = search.search(new BusinessQuery("岩坦计数", null, null, null, null, null, null, 0,
                BusinessQuery.Sort.NAME, 2, next.hits().getLast().cursor(), Set.of()));
        assertThat(pastTheEnd.hits()).as("an exact search's page past its end does not turn into a relaxed one")
                .isEmpty();
        assertThat(pastTheEnd.approximate()).isFalse();
        BusinessHits typo = search.search(new BusinessQuery("岩坦计算", null, null, null, null, null, null, 0,
                BusinessQuery.Sort.NAME, 2, null, Set.of()));
        assertThat(typo.approximate()).as("relaxed when nothing has every character, counted or not").isTrue();
        assertThat(typo.hits()).isNotEmpty();
    }

    @Test
    void anIndexOfAnOlderMappingServesUntilARebuildReplacesIt() throws Exception {
        String migrating = prefix + "old-";
        String old = migrating + "businesses_v2";
        client.indices().create(c -> c.index(old).withJson(new StringReader(
                "{\"mappings\":{\"properties\":{\"name\":{\"type\":\"text\"}}}}"))
                .aliases(migrating + "businesses", a -> a.isWriteIndex(true)));
        client.index(i -> i.index(old).id("1").document(Map.of("name", "旧版索引店")).refresh(Refresh.True));
        BusinessIndex upgraded = new BusinessIndex(client, new SearchIndexProperties(migrating, java.time.Duration.ofMinutes(2)));

        assertThat(upgraded.ensureExists()).as("nothing created, nothing to fill").isFalse();
        assertThat(upgraded.holdsOlderVersion()).isTrue();
        assertThat(upgraded.physicalIndices()).as("the older index still serves").containsExactly(old);
        assertThat(client.count(c -> c.index(upgraded.alias())).count()).isEqualTo(1);

        String fresh = upgraded.startRebuild();
        assertThat(fresh).startsWith(migrating + "businesses_v3_");
        assertThat(upgraded.physicalIndices()).containsExactly(old);
        try (BusinessIndexer.Bulk bulk = new BusinessIndexer(client, upgraded).bulkInto(fresh)) {
            bulk.add(document(1, "旧版索引店", "HOTEL", 1));
        }
        upgraded.ready(fresh);
        assertThat(upgraded.finishRebuild(fresh)).containsExactly(old);
        upgraded.drop(List.of(old));
        assertThat(upgraded.holdsOlderVersion()).isFalse();
        assertThat(upgraded.allPhysicalIndices()).containsExactly(fresh);

        BusinessIndex restarted = new BusinessIndex(client, new SearchIndexProperties(migrating, java.time.Duration.ofMinutes(2)));
        assertThat(restarted.ensureExists()).isFalse();
        assertThat(restarted.holdsOlderVersion()).isFalse();
        assertThat(restarted.isFilled()).isTrue();
    }

    @Test
    void aRecheckNoticesAnIndexLostBehindItsBack() throws Exception {
        String lost = prefix + "lost-";
        BusinessIndex index = new BusinessIndex(client, new SearchIndexProperties(lost, java.time.Duration.ofMinutes(2)));
        assertThat(index.ensureExists()).isTrue();
        index.markFilled();
        client.indices().delete(d -> d.index(lost + "businesses_v3"));

        assertThat(index.ensureExists()).as("what it knew").isFalse();
        index.recheck();
        assertThat(index.ensureExists()).as("created again, to be filled").isTrue();
        assertThat(index.isFilled()).isFalse();
        assertThat(index.physicalIndices()).containsExactly(lost + "businesses_v3");
    }

    @Test
    void aRebuildFillsANewIndexThatLiveWritesReachTooAndSwapsTheAliasToIt() throws Exception {
        String own = prefix + "rebuild-";
        BusinessIndex rebuilt = new BusinessIndex(client, new SearchIndexProperties(own, java.time.Duration.ofMinutes(2)));
        BusinessIndexer writer = new BusinessIndexer(client, rebuilt);
        writer.index(document(1, "旧索引甲", "HOTEL", 1));
        writer.index(document(2, "旧索引乙", "HOTEL", 1));
        String old = own + "businesses_v3";
        assertThat(rebuilt.physicalIndices()).containsExactly(old);

        String fresh = rebuilt.startRebuild();
        assertThat(fresh).startsWith(old + "_");
        assertThat(rebuilt.physicalIndices()).as("not behind the alias yet").containsExactly(old);
        assertThatThrownBy(rebuilt::startRebuild).isInstanceOf(RebuildRunningException.class);
        // a live change while the rebuild runs reaches both indices; the fill's older read of it then changes nothing
        writer.index(document(1, "新名甲", "HOTEL", 2));
        try (BusinessIndexer.Bulk bulk = writer.bulkInto(fresh)) {
            bulk.add(document(1, "旧索引甲", "HOTEL", 1));
            bulk.add(document(2, "旧索引乙", "HOTEL", 1));
        }
        assertThat(client.get(g -> g.index(old).id("1"), BusinessDocument.class).source().name()).isEqualTo("新名甲");
        assertThat(client.get(g -> g.index(fresh).id("1"), BusinessDocument.class).source().name()).isEqualTo("新名甲");

        assertThat(rebuilt.finishRebuild(fresh)).containsExactly(old);
        assertThat(rebuilt.physicalIndices()).containsExactly(fresh);
        assertThat(rebuilt.rebuildTarget()).isNull();
        assertThatThrownBy(() -> rebuilt.drop(List.of(fresh))).isInstanceOf(IllegalStateException.class);
        rebuilt.drop(List.of(old));
        assertThat(rebuilt.allPhysicalIndices()).containsExactly(fresh);
        assertThat(client.count(c -> c.index(rebuilt.alias())).count()).isEqualTo(2);

        // a restart keeps the rebuilt index: its name is of the current mapping version, and it is filled
        BusinessIndex restarted = new BusinessIndex(client, new SearchIndexProperties(own, java.time.Duration.ofMinutes(2)));
        assertThat(restarted.ensureExists()).isFalse();
        assertThat(restarted.isFilled()).isTrue();
        assertThat(restarted.physicalIndices()).containsExactly(fresh);
    }

    @Test
    void anAbandonedRebuildLeavesTheAliasWhereItWas() {
        String own = prefix + "abandon-";
        BusinessIndex kept = new BusinessIndex(client, new SearchIndexProperties(own, java.time.Duration.ofMinutes(2)));
        kept.ensureExists();
        String fresh = kept.startRebuild();
        kept.abandonRebuild(fresh);
        assertThat(kept.rebuildTarget()).isNull();
        assertThat(kept.physicalIndices()).containsExactly(own + "businesses_v3");
        assertThat(kept.allPhysicalIndices()).containsExactly(own + "businesses_v3");
    }

    @Test
    void aRepeatedOrOlderChangeNeverOverwritesANewerOne() throws Exception {
        indexer.index(document(10, "新名称", "HOTEL", 2));
        indexer.index(document(10, "旧名称", "HOTEL", 1)); // late delivery of an older change
        indexer.index(document(10, "新名称", "HOTEL", 2)); // the same change twice

        var stored = client.get(g -> g.index(index.alias()).id("10"), BusinessDocument.class);
        assertThat(stored.source()).isNotNull();
        assertThat(stored.source().name()).isEqualTo("新名称");
        assertThat(stored.version()).isEqualTo(2L);
    }

    @Test
    void aBulkWriteKeepsExternalVersionsToo() throws Exception {
        indexer.index(document(80, "鹤盛较新", "HOTEL", 5));
        try (BusinessIndexer.Bulk bulk = indexer.bulk()) {
            bulk.add(document(80, "鹤盛较旧", "HOTEL", 4));
            bulk.add(document(81, "鹤盛新增", "HOTEL", 1));
        }
        var kept = client.get(g -> g.index(index.alias()).id("80"), BusinessDocument.class);
        assertThat(kept.source()).isNotNull();
        assertThat(kept.source().name()).isEqualTo("鹤盛较新");
        assertThat(client.get(g -> g.index(index.alias()).id("81"), BusinessDocument.class).found()).isTrue();
    }

    @Test
    void concurrentWritersCreateTheIndexOnce() {
        var writers = IntStream.rangeClosed(100, 107)
                .mapToObj(i -> CompletableFuture.runAsync(() -> indexer.index(document(i, "并发" + i, "CLINIC", 1))))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(writers).join();
        index.refresh();

        assertThat(search.search("并发", 20).total()).isEqualTo(8);
    }

    /** Indexes the businesses and makes them searchable. */
    private void indexed(BusinessFacts... businesses) {
        for (BusinessFacts business : businesses) {
            indexer.index(BusinessDocument.from(business));
        }
        index.refresh();
    }

    private static List<Long> ids(BusinessHits hits) {
        return hits.hits().stream().map(BusinessHits.Hit::businessId).toList();
    }

    private static long first(BusinessHits hits) {
        assertThat(hits.hits()).isNotEmpty();
        return hits.hits().getFirst().businessId();
    }

    private static BusinessDocument document(long id, String name, String trade, long version) {
        return BusinessDocument.from(new BusinessFacts(id, "Business:" + id, name, null, null, null, trade, null, "OPEN",
                null, false, null, null, null, false, Instant.parse("2026-11-26T08:00:00Z"), version));
    }

    private static BusinessFacts located(long id, String name, String shopSign, String address, String township) {
        return new BusinessFacts(id, "Business:" + id, name, shopSign, address, null, "RESTAURANT", township, "OPEN",
                null, false, null, null, null, false, Instant.parse("2026-11-26T08:00:00Z"), 1);
    }

    /** An open business of the trade at the address, without a shop sign. */
    private static BusinessFacts ofTrade(long id, String name, String address, String trade, String township) {
        return new BusinessFacts(id, "Business:" + id, name, null, address, null, trade, township, "OPEN",
                null, false, null, null, null, false, Instant.parse("2026-11-26T08:00:00Z"), 1);
    }

    private static BusinessFacts facts(long id, String name, String shopSign, String trade, String status,
                                       String creditCode, LatLon location, boolean privateResidence, String grade) {
        return new BusinessFacts(id, "Business:" + id, name, shopSign, null, creditCode, trade, null, status, location,
                privateResidence, grade, grade == null ? null : 90, grade == null ? null : LocalDate.of(2026, 11, 1),
                false, Instant.parse("2026-11-26T08:00:00Z"), 1);
    }
}
