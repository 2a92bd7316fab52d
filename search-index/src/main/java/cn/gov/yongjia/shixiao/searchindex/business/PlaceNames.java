package cn.gov.yongjia.shixiao.searchindex.business;

import java.util.List;
import java.util.Map;

/**
 * The county's townships as a search text may name them, supplied by whoever keeps the register (the API reads its
 * township table): with them, {@code 理发 瓯北} ranks the barbershops of 瓯北街道 first, not a shop whose address and
 * name hold 瓯 and 北 by chance. Without such a bean, no text names a place.
 */
public interface PlaceNames {

    /**
     * Each township's names as a text may say them, by its code as the index holds it: the registered name and the
     * name residents say (瓯北街道 and 瓯北, 桥头镇 and 桥头).
     */
    Map<String, List<String>> byTownshipCode();
}
