package cn.gov.yongjia.shixiao.graphqlapi.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.SplittableRandom;

import cn.gov.yongjia.shixiao.graphqlapi.region.Township;
import cn.gov.yongjia.shixiao.schema.types.Trade;

/**
 * The rows of the bulk demo register, made in Java: business number {@code n} depends only on the seed, {@code n},
 * the townships and the day, never on other businesses, so any range can be made on its own and twice the same.
 * Names, addresses and people are made up from common parts (township names are real); credit codes are valid
 * (GB 32100 check character) and unique per number; the legacy registration number {@code 3303249<n>} marks a row as
 * a bulk demo business (with the demo flag).
 */
final class BulkDemoRows {

    static final long SEED = 330324L;
    static final String REGISTRATION_PREFIX = "3303249";

    /** The temporary table COPY fills; one line of {@link #appendCopyLine} per business. */
    static final String STAGING_COLUMNS = """
            n bigint, name text, shop_sign_name text, trade text, credit_code char(18), registration_number char(15),
            address text, township_code text, latitude double precision, longitude double precision,
            private_residence boolean, owner_name text, contact_phone text, status text, status_since date,
            created_at timestamptz, inspected_on date, kind text, department_code text, inspectors text[],
            hygiene_score int, facilities_score int, management_score int, duty_purchase_acceptance boolean,
            duty_ledger boolean, duty_certificates boolean, duty_quality_commitment boolean, outcome text,
            follow_up_due date, public_summary text, published_on date""";

    static final String INSERT_BUSINESSES = """
            insert into business (name, shop_sign_name, trade, credit_code, registration_number, address, township_code,
                                  latitude, longitude, private_residence, owner_name, contact_phone, status, status_since,
                                  demo, created_at, updated_at)
            select name, shop_sign_name, trade, credit_code, registration_number, address, township_code, latitude,
                   longitude, private_residence, owner_name, contact_phone, status, status_since, true, created_at,
                   created_at
            from bulk_demo order by n""";

    static final String INSERT_STATUS_HISTORY = """
            insert into business_status_change (business_id, status, effective_on, reason, recorded_at)
            select b.id, 'OPEN', s.created_at::date, '登记 registered (演示数据 demo)', s.created_at
            from bulk_demo s join business b on b.registration_number = s.registration_number
            union all
            select b.id, s.status, s.status_since, '演示数据：整改或歇业 / demo: rectification or closure',
                   s.status_since::timestamptz
            from bulk_demo s join business b on b.registration_number = s.registration_number
            where s.status <> 'OPEN'""";

    static final String INSERT_INSPECTIONS = """
            insert into inspection (business_id, inspected_on, kind, department_code, inspectors, hygiene_score,
                                    facilities_score, management_score, duty_purchase_acceptance, duty_ledger,
                                    duty_certificates, duty_quality_commitment, outcome, follow_up_due, public_summary,
                                    publication_status, published_on, demo, created_at)
            select b.id, s.inspected_on, s.kind, s.department_code, s.inspectors, s.hygiene_score, s.facilities_score,
                   s.management_score, s.duty_purchase_acceptance, s.duty_ledger, s.duty_certificates,
                   s.duty_quality_commitment, s.outcome, s.follow_up_due, s.public_summary, 'PUBLISHED',
                   s.published_on, true, s.published_on::timestamptz
            from bulk_demo s join business b on b.registration_number = s.registration_number
            where s.inspected_on is not null""";

    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** 31^9: how many organisation codes (positions 9–17) there are. */
    private static final long CODES = 26_439_622_160_671L;
    /** Coprime with 31, so number → code is a bijection: unique codes that do not look sequential. */
    private static final long SPREAD = 7_777_777_777L;

    private static final List<String> VILLAGES = List.of("上塘", "下村", "东岙", "西溪", "岭头", "坦头", "溪口", "沙岗",
            "前垟", "后垄", "花坦", "芙蓉", "渠口", "廊下", "林坑", "石门", "港头", "塘湾", "黄岙", "罗浮");
    private static final List<String> OWNERS = List.of("阿强", "老王", "小林", "金华", "瑞丰", "永安", "德胜", "和美",
            "佳佳", "红梅", "志明", "春生", "新雅", "福来", "好运", "兴旺", "老陈", "阿芳", "小潘", "胡记", "徐记", "周家",
            "吴氏", "金氏", "万家", "顺发", "利民", "惠民", "阿三", "老街", "江南", "瓯江", "楠溪", "鸿运", "天天", "百味",
            "美佳", "雅丽", "康乐", "仁和");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "陈", "林", "黄", "周", "吴", "徐", "潘", "金",
            "胡", "朱", "叶", "郑", "谢");
    private static final List<String> GIVEN = List.of("建国", "丽华", "志强", "秀英", "海波", "晓燕", "国平", "美玲", "文斌",
            "雪芬", "伟", "芳", "敏", "静", "军", "燕");
    private static final List<String> STREETS = List.of("人民路", "建设路", "环城路", "江北大道", "罗浮大街", "瓯江路",
            "新桥街", "码道街", "县前路", "楠溪江路", "阳光大道", "双塔路");
    private static final List<String> INSPECTORS = List.of("张明", "李华", "王芳", "陈刚", "林静", "黄伟", "徐磊", "潘婷");
    private static final List<String> KINDS = List.of("ROUTINE_PATROL", "ROUTINE_PATROL", "SPOT_CHECK", "UNANNOUNCED",
            "SUPERVISION_ROUND", "JOINT_ENFORCEMENT");
    private static final Trade[] TRADES = Trade.values();

    private final long seed;
    private final List<Township> townships;
    private final LocalDate today;

    BulkDemoRows(long seed, List<Township> townships, LocalDate today) {
        if (townships.isEmpty()) {
            throw new IllegalArgumentException("No townships to place businesses in");
        }
        this.seed = seed;
        this.townships = List.copyOf(townships);
        this.today = today;
    }

    /** One bulk demo business and its (optional) published inspection. */
    record Row(long number, String name, String shopSignName, Trade trade, String creditCode,
               String registrationNumber, String address, String townshipCode, double latitude, double longitude,
               boolean privateResidence, String ownerName, String contactPhone, String status, LocalDate statusSince,
               OffsetDateTime createdAt, Inspection inspection) {
    }

    /** The inspection that rates a bulk demo business. */
    record Inspection(LocalDate inspectedOn, String kind, String departmentCode, List<String> inspectors, int hygiene,
                      int facilities, int management, boolean purchaseAcceptance, boolean ledger, boolean certificates,
                      boolean qualityCommitment, String outcome, LocalDate followUpDue, String publicSummary,
                      LocalDate publishedOn) {

        int total() {
            return hygiene + facilities + management;
        }
    }

    Row row(long number) {
        SplittableRandom random = new SplittableRandom(mix(seed * 1_000_003L + number));
        Trade trade = TRADES[(int) (number % TRADES.length)];
        Township township = townships.get(random.nextInt(townships.size()));
        String place = random.nextInt(10) < 6 ? township.spokenName()
                : pick(VILLAGES, random);
        String owner = pick(OWNERS, random);
        String name = place + owner + suffix(trade, random);
        String shopSign = random.nextInt(4) == 0 ? owner + suffix(trade, random) : null;
        double lat = round(township.center().lat() + spread(random));
        double lon = round(township.center().lon() + spread(random));
        String address = "永嘉县" + township.name()
                + (random.nextInt(3) == 0 ? pick(VILLAGES, random) + "村" : pick(STREETS, random))
                + (1 + random.nextInt(400)) + "号";
        boolean privateResidence = random.nextInt(20) == 0;
        String ownerName = pick(SURNAMES, random) + pick(GIVEN, random);
        String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextLong(1_000_000_000L));
        LocalDate registered = today.minusDays(400 + random.nextInt(15 * 365));
        int statusRoll = random.nextInt(100);
        String status = statusRoll < 90 ? "OPEN" : statusRoll < 95 ? "SUSPENDED" : "CLOSED";
        LocalDate statusSince = status.equals("OPEN") ? registered : today.minusDays(1 + random.nextInt(300));
        Inspection inspection = random.nextInt(12) == 0 ? null : inspection(trade, registered, random);
        return new Row(number, name, shopSign, trade, creditCode(number), registrationNumber(number), address,
                township.code(), lat, lon, privateResidence, ownerName, phone, status, statusSince,
                OffsetDateTime.of(registered, LocalTime.of(9, 0), BulkDemoRegister.COUNTY_TIME.getRules()
                        .getOffset(registered.atStartOfDay())), inspection);
    }

    private Inspection inspection(Trade trade, LocalDate registered, SplittableRandom random) {
        int quality = 55 + random.nextInt(45);
        int total = Math.clamp(quality + random.nextInt(11) - 5, 30, 100);
        int hygiene = Math.clamp(Math.round(total * 0.4f), 0, 40);
        int facilities = Math.clamp(Math.round(total * 0.3f), 0, 30);
        int management = Math.clamp(total - hygiene - facilities, 0, 30);
        boolean poor = total < 75;
        // within the last three years, at least 30 days after registering (registered at least 400 days ago)
        long open = java.time.temporal.ChronoUnit.DAYS.between(registered, today);
        LocalDate inspectedOn = today.minusDays(30 + random.nextInt((int) Math.min(3 * 365, open) - 60));
        LocalDate publishedOn = inspectedOn.plusDays(1 + random.nextInt(7));
        String outcome = total < 60 ? "RECTIFY_BY_DEADLINE" : "COMPLIANT";
        return new Inspection(inspectedOn, pick(KINDS, random), leadDepartment(trade),
                List.of(pick(INSPECTORS, random), pick(INSPECTORS, random)), hygiene, facilities, management,
                !poor || random.nextBoolean(), !poor, total >= 65, true, outcome,
                outcome.equals("RECTIFY_BY_DEADLINE") ? inspectedOn.plusDays(30) : null,
                poor ? "演示数据：存在问题，限期整改。" : "演示数据：总体良好。", publishedOn);
    }

    /** Appends the business as one line of PostgreSQL's COPY text format (tab-separated, \N for null). */
    void appendCopyLine(long number, StringBuilder out) {
        Row r = row(number);
        Inspection i = r.inspection();
        out.append(r.number()).append('\t').append(r.name()).append('\t').append(nullable(r.shopSignName()))
                .append('\t').append(r.trade().name()).append('\t').append(r.creditCode())
                .append('\t').append(r.registrationNumber()).append('\t').append(r.address())
                .append('\t').append(r.townshipCode()).append('\t').append(r.latitude())
                .append('\t').append(r.longitude()).append('\t').append(r.privateResidence())
                .append('\t').append(r.ownerName()).append('\t').append(r.contactPhone())
                .append('\t').append(r.status()).append('\t').append(r.statusSince())
                .append('\t').append(r.createdAt());
        if (i == null) {
            out.append("\t\\N".repeat(15));
        } else {
            out.append('\t').append(i.inspectedOn()).append('\t').append(i.kind())
                    .append('\t').append(i.departmentCode())
                    .append('\t').append('{').append(String.join(",", i.inspectors())).append('}')
                    .append('\t').append(i.hygiene()).append('\t').append(i.facilities())
                    .append('\t').append(i.management()).append('\t').append(i.purchaseAcceptance())
                    .append('\t').append(i.ledger()).append('\t').append(i.certificates())
                    .append('\t').append(i.qualityCommitment()).append('\t').append(i.outcome())
                    .append('\t').append(nullable(i.followUpDue())).append('\t').append(i.publicSummary())
                    .append('\t').append(i.publishedOn());
        }
        out.append('\n');
    }

    /** Individual business (92) of Yongjia (330324); positions 9–17 a bijection of the number; check character. */
    static String creditCode(long number) {
        long code = (mulMod(number, SPREAD, CODES) + 123_456_789L) % CODES;
        char[] chars = new char[9];
        for (int k = 8; k >= 0; k--) {
            chars[k] = CREDIT_ALPHABET.charAt((int) (code % 31));
            code /= 31;
        }
        String first17 = "92330324" + new String(chars);
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += CREDIT_ALPHABET.indexOf(first17.charAt(k)) * WEIGHTS[k];
        }
        return first17 + CREDIT_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    static String registrationNumber(long number) {
        return REGISTRATION_PREFIX + String.format("%08d", number);
    }

    private static long mulMod(long a, long b, long m) {
        return java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(b))
                .mod(java.math.BigInteger.valueOf(m)).longValue();
    }

    static String leadDepartment(Trade trade) {
        return switch (trade) {
            case RESTAURANT, FOOD_SHOP, FOOD_WORKSHOP -> "MARKET_REGULATION";
            case HOTEL -> "PUBLIC_SECURITY";
            case KARAOKE, INTERNET_CAFE -> "CULTURE_TOURISM";
            case BARBERSHOP, BEAUTY_SALON, BATHHOUSE, CLINIC -> "HEALTH";
        };
    }

    private static String suffix(Trade trade, SplittableRandom random) {
        List<String> options = switch (trade) {
            case RESTAURANT -> List.of("兰州拉面", "兰州拉面馆", "沙县小吃", "小吃店", "面馆", "快餐店", "排档", "麦饼店",
                    "馄饨店", "炒粉干店", "饭店");
            case FOOD_SHOP -> List.of("食品店", "便利店", "副食品商店", "超市", "水果店");
            case FOOD_WORKSHOP -> List.of("糕点作坊", "豆腐坊", "米面加工坊", "年糕坊", "酱油作坊");
            case HOTEL -> List.of("旅馆", "宾馆", "客栈", "民宿");
            case KARAOKE -> List.of("歌舞厅", "KTV", "量贩式KTV");
            case INTERNET_CAFE -> List.of("网吧", "网络会所", "电竞馆");
            case BARBERSHOP -> List.of("理发店", "发艺", "美发店");
            case BEAUTY_SALON -> List.of("美容院", "美容店", "美甲店");
            case BATHHOUSE -> List.of("浴室", "澡堂", "足浴店");
            case CLINIC -> List.of("诊所", "卫生室", "中医诊所", "口腔诊所");
        };
        return pick(options, random);
    }

    /** Mostly within about 1 km of the township's centre, some up to about 2.5 km away. */
    private static double spread(SplittableRandom random) {
        double gaussian = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
        return Math.clamp(gaussian * 0.008, -0.025, 0.025);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000d) / 100_000d;
    }

    private static <T> T pick(List<T> options, SplittableRandom random) {
        return options.get(random.nextInt(options.size()));
    }

    private static String nullable(Object value) {
        return value == null ? "\\N" : value.toString();
    }

    /** SplitMix64's finaliser: neighbouring numbers give unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
