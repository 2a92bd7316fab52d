package cn.gov.yongjia.shixiao.portal.listing;

import cn.gov.yongjia.shixiao.schema.types.Trade;

/** What a listing row shows of a business. */
public record BusinessSummary(String id, String name, Trade trade, boolean demo) {

    /** The trade's Chinese name as the county document writes it. */
    public String tradeName() {
        return switch (trade) {
            case RESTAURANT -> "小餐饮";
            case FOOD_SHOP -> "小食品店";
            case FOOD_WORKSHOP -> "小作坊";
            case HOTEL -> "小旅馆";
            case KARAOKE -> "小歌舞厅";
            case INTERNET_CAFE -> "小网吧";
            case BARBERSHOP -> "小理发店";
            case BEAUTY_SALON -> "小美容店";
            case BATHHOUSE -> "小浴室";
            case CLINIC -> "小诊所";
        };
    }
}
