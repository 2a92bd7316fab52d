package cn.gov.yongjia.shixiao.graphqlapi.staff;

/** Roles of the county document: 县级统筹 (county), 部门牵头 (lead department), 乡镇负责 (township). */
public enum StaffRole {
    /** 县级管理员: acts on everything, reads the audit log. */
    COUNTY_ADMIN,
    /** 牵头部门检查员: acts on businesses of the trades the department leads. */
    DEPARTMENT_INSPECTOR,
    /** 乡镇干部: acts on businesses of the township. */
    TOWNSHIP_OFFICER,
    /** 新闻发布人员: writes or publishes news releases (with the rights given), never acts on businesses. */
    PRESS_OFFICER,
    /** 业主: not staff; may reply to the rating of their own business, nothing else. */
    OWNER
}
