package cn.gov.yongjia.shixiao.graphqlapi.region;

import java.util.regex.Pattern;

import cn.gov.yongjia.shixiao.schema.types.TownshipKind;

/** A township-level division of the county (街道, 镇, 乡). */
public record Township(String code, String name, String nameEn, TownshipKind kind, GeoPoint center) {

    /** What a township's registered name ends with. */
    private static final Pattern KIND = Pattern.compile("(街道|镇|乡)$");

    /**
     * The name as residents say and shops write it: without its kind (瓯北 for 瓯北街道, 桥头 for 桥头镇), or whole
     * when less than two characters would be left (西乡).
     */
    public String spokenName() {
        String spoken = KIND.matcher(name).replaceFirst("");
        return spoken.length() >= 2 ? spoken : name;
    }
}
