package cn.gov.yongjia.shixiao.graphqlapi.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import cn.gov.yongjia.shixiao.graphqlapi.business.NewBusiness;
import cn.gov.yongjia.shixiao.graphqlapi.region.GeoPoint;
import cn.gov.yongjia.shixiao.graphqlapi.region.GridCell;
import cn.gov.yongjia.shixiao.graphqlapi.region.Township;
import cn.gov.yongjia.shixiao.graphqlapi.region.Village;
import cn.gov.yongjia.shixiao.schema.types.BusinessStatus;
import cn.gov.yongjia.shixiao.schema.types.RiskClass;
import cn.gov.yongjia.shixiao.schema.types.Trade;

/**
 * Plausible, deterministic demo businesses for Yongjia: the same seed always gives the same register. Township names
 * are real; every business, person, address and number is made up, and every row is flagged as demo data.
 */
final class DemoRegister {

    /**
     * A demo business, the status it should end up in, its risk class and supervising office, and whether it is
     * listed for abnormal operation.
     */
    record DemoBusiness(NewBusiness business, BusinessStatus finalStatus, RiskClass riskClass,
                        String supervisingOfficeCode, boolean abnormal) {
    }

    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final List<String> OWNERS = List.of("阿强", "老王", "小林", "金华", "瑞丰", "永安", "德胜", "和美",
            "佳佳", "红梅", "志明", "春生", "新雅", "福来", "好运", "兴旺");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "陈", "林", "黄", "周", "吴", "徐", "潘", "金", "胡");
    private static final List<String> GIVEN = List.of("建国", "丽华", "志强", "秀英", "海波", "晓燕", "国平", "美玲", "文斌", "雪芬");
    private static final List<String> STREETS = List.of("人民路", "建设路", "环城路", "江北大道", "罗浮大街", "瓯江路", "新桥街", "码道街");

    private DemoRegister() {
    }

    static List<DemoBusiness> generate(int count, long seed, List<Township> townships) {
        return generate(count, seed, townships, code -> List.of(), code -> List.of());
    }

    /**
     * @param villagesOf  the villages of a township
     * @param gridCellsOf the grid cells of a village
     */
    static List<DemoBusiness> generate(int count, long seed, List<Township> townships,
                                       Function<String, List<Village>> villagesOf,
                                       Function<String, List<GridCell>> gridCellsOf) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        // a second sequence for the fields added later, so the first gives the same businesses as before
        RandomGenerator more = RandomGeneratorFactory.of("L64X128MixRandom").create(seed + 7);
        Trade[] trades = Trade.values();
        List<DemoBusiness> businesses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Trade trade = trades[i % trades.length];
            Township township = townships.get(random.nextInt(townships.size()));
            String place = township.spokenName();
            String owner = OWNERS.get(random.nextInt(OWNERS.size()));
            String name = place + owner + suffix(trade, random);
            String shopSign = random.nextInt(4) == 0 ? owner + suffix(trade, random) : null;
            GeoPoint location = new GeoPoint(round(township.center().lat() + (random.nextDouble() - 0.5) * 0.02),
                    round(township.center().lon() + (random.nextDouble() - 0.5) * 0.02));
            String address = "永嘉县" + township.name() + STREETS.get(random.nextInt(STREETS.size()))
                    + (1 + random.nextInt(300)) + "号";
            boolean privateResidence = random.nextInt(20) == 0;
            String ownerName = SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()));
            String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextLong(1_000_000_000L));
            int statusRoll = random.nextInt(100);
            BusinessStatus status = statusRoll < 90 ? BusinessStatus.OPEN
                    : statusRoll < 95 ? BusinessStatus.SUSPENDED : BusinessStatus.CLOSED;
            List<Village> villages = villagesOf.apply(township.code());
            Village village = villages.isEmpty() ? null : villages.get(more.nextInt(villages.size()));
            List<GridCell> cells = village == null ? List.of() : gridCellsOf.apply(village.code());
            GridCell cell = cells.isEmpty() ? null : cells.get(more.nextInt(cells.size()));
            businesses.add(new DemoBusiness(new NewBusiness(name, trade, shopSign, creditCode(random), null, address,
                    township.code(), location, privateResidence, ownerName, phone,
                    village == null ? null : village.code(), cell == null ? null : cell.code()), status,
                    riskClass(trade, more), office(trade, township.code()),
                    status == BusinessStatus.OPEN && more.nextInt(60) == 0));
        }
        return businesses;
    }

    /** An individual business (92) registered in Yongjia (330324), with a correct check character. */
    static String creditCode(RandomGenerator random) {
        StringBuilder code = new StringBuilder("92330324");
        while (code.length() < 17) {
            code.append(CREDIT_ALPHABET.charAt(random.nextInt(CREDIT_ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(CREDIT_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }

    /** Food trades carry more risk: more of them in classes C and D. */
    private static RiskClass riskClass(Trade trade, RandomGenerator random) {
        int roll = random.nextInt(100);
        boolean food = trade == Trade.RESTAURANT || trade == Trade.FOOD_SHOP || trade == Trade.FOOD_WORKSHOP;
        int[] limits = food ? new int[] {20, 55, 85} : new int[] {45, 80, 95};
        return roll < limits[0] ? RiskClass.A : roll < limits[1] ? RiskClass.B : roll < limits[2] ? RiskClass.C : RiskClass.D;
    }

    /** The office of the demo seed (V10_1) in charge of this trade in this township. */
    static String office(Trade trade, String township) {
        return switch (trade) {
            case RESTAURANT, FOOD_SHOP, FOOD_WORKSHOP -> switch (township) {
                case "BEICHENG", "DONGCHENG", "NANCHENG" -> "AMR_CITY";
                case "QIAOTOU", "QIAOXIA" -> "AMR_QIAOTOU";
                case "YANTOU", "SHATOU", "DARUOYAN", "BILIAN", "XUNZHAI" -> "AMR_YANTOU";
                case "FENGLIN", "YANTAN", "HESHENG", "JINXI" -> "AMR_FENGLIN";
                default -> "AMR_OUBEI";
            };
            case HOTEL -> switch (township) {
                case "OUBEI", "JIANGBEI", "SANJIANG", "HUANGTIAN", "WUNIU" -> "PSB_OUBEI";
                default -> "PSB_CITY";
            };
            case KARAOKE, INTERNET_CAFE -> "CULTURE_LAW";
            case BARBERSHOP, BEAUTY_SALON, BATHHOUSE, CLINIC -> "HEALTH_LAW";
        };
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000d) / 100_000d;
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
