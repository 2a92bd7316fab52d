package cn.gov.yongjia.shixiao.searchindex.business;

import java.util.Map;

/**
 * The county's townships as a search text may name them, supplied by whoever keeps the register (the API reads its
 * township table): with them, {@code 理发 瓯北} ranks the barbershops of 瓯北街道 first, not a shop whose address and
 * name hold 瓯 and 北 by chance. Without such a bean, no text names a place.
 */
public interface PlaceNames {

    /** Each township's name as the register writes it (瓯北街道, 桥头镇), by its code as the index holds it. */
    Map<String, String> byTownshipCode();
}
