package cn.gov.yongjia.shixiao.graphqlapi.inspection;

import cn.gov.yongjia.shixiao.graphqlapi.region.Department;

/** A department taking part in an inspection: the lead, or one of a joint inspection's others. */
public record InspectionDepartment(long inspectionKey, Department department, boolean lead) {
}
