package cn.gov.yongjia.shixiao.graphqlapi.region;

/** A county department that leads the supervision of some trades. */
public record Department(String code, String name, String nameEn) {
}
