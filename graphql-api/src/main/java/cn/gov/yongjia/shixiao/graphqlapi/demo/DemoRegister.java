package cn.gov.yongjia.shixiao.graphqlapi.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import cn.gov.yongjia.shixiao.schema.types.Trade;

/**
 * Plausible, deterministic demo businesses for Yongjia: the same seed always gives the same register. Every name
 * is made up, and every row is flagged as demo data.
 */
final class DemoRegister {

    record DemoBusiness(String name, Trade trade) {
    }

    private static final List<String> PLACES = List.of("北城", "东城", "南城", "江北", "三江", "黄田", "乌牛", "瓯北",
            "桥头", "桥下", "大若岩", "碧莲", "巽宅", "岩头", "枫林", "岩坦", "沙头", "鹤盛", "金溪");
    private static final List<String> OWNERS = List.of("阿强", "老王", "小林", "金华", "瑞丰", "永安", "德胜", "和美",
            "佳佳", "红梅", "志明", "春生", "新雅", "福来", "好运", "兴旺");

    private DemoRegister() {
    }

    static List<DemoBusiness> generate(int count, long seed) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        Trade[] trades = Trade.values();
        List<DemoBusiness> businesses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Trade trade = trades[i % trades.length];
            String place = PLACES.get(random.nextInt(PLACES.size()));
            String owner = OWNERS.get(random.nextInt(OWNERS.size()));
            businesses.add(new DemoBusiness(place + owner + suffix(trade, random), trade));
        }
        return businesses;
    }

    private static String suffix(Trade trade, RandomGenerator random) {
        List<String> options = switch (trade) {
            case RESTAURANT -> List.of("兰州拉面", "小吃店", "面馆", "快餐店", "排档");
            case FOOD_SHOP -> List.of("食品店", "便利店", "副食品商店");
            case FOOD_WORKSHOP -> List.of("糕点作坊", "豆腐坊", "米面加工坊");
            case HOTEL -> List.of("旅馆", "宾馆", "客栈");
            case KARAOKE -> List.of("歌舞厅", "KTV");
            case INTERNET_CAFE -> List.of("网吧", "网络会所");
            case BARBERSHOP -> List.of("理发店", "发艺");
            case BEAUTY_SALON -> List.of("美容院", "美容店");
            case BATHHOUSE -> List.of("浴室", "澡堂");
            case CLINIC -> List.of("诊所", "卫生室");
        };
        return options.get(random.nextInt(options.size()));
    }
}
