package cn.gov.yongjia.shixiao.graphqlapi.inspection;

import cn.gov.yongjia.shixiao.schema.types.Severity;
import cn.gov.yongjia.shixiao.schema.types.ViolationArea;

/** An entry of the versioned violation code list. */
public record ViolationCode(String code, String codeListVersion, ViolationArea area, Severity severity, int points,
                     String description, String descriptionEn, String legalBasis) {
}
