package cn.gov.yongjia.shixiao.graphqlapi.region;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.searchindex.business.PlaceNames;
import org.springframework.stereotype.Component;

/**
 * The places a business search text may name: the register's townships (its {@code township} table), so that
 * {@code 理发 瓯北} ranks the barbershops of 瓯北街道 first. Read through {@link Townships}, which keeps them in memory.
 */
@Component
class TownshipPlaceNames implements PlaceNames {

    private final Townships townships;

    TownshipPlaceNames(Townships townships) {
        this.townships = townships;
    }

    @Override
    public Map<String, List<String>> byTownshipCode() {
        return townships.all().stream().collect(Collectors.toUnmodifiableMap(Township::code,
                township -> List.of(township.name(), township.spokenName()).stream().distinct().toList()));
    }
}
