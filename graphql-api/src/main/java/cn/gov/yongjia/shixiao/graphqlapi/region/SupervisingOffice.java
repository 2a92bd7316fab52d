package cn.gov.yongjia.shixiao.graphqlapi.region;

/** A supervising office (监管所/责任单位) of a department. */
public record SupervisingOffice(String code, String name, String nameEn, String departmentCode) {
}
