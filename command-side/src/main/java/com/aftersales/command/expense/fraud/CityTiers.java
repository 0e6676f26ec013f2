package com.aftersales.command.expense.fraud;

import com.aftersales.api.policy.CityTier;
import java.util.Set;

/**
 * X5: the city tier a destination's caps are read in. TIER_1 is the four first-tier cities (北京
 * 上海 广州 深圳). TIER_2 is the "new first-tier" cities and the provincial capitals and
 * sub-provincial cities not in TIER_1: 成都 杭州 重庆 武汉 西安 苏州 天津 南京 长沙 郑州 东莞 青岛
 * 沈阳 宁波 昆明 无锡 合肥 厦门 福州 济南 大连 哈尔滨 长春 石家庄 南宁 贵阳 南昌 太原 佛山 兰州
 * 海口 呼和浩特 乌鲁木齐 银川 西宁 拉萨. Every other city is OTHER. Names are compared
 * after stripping a trailing 市 ({@link CityNames}).
 */
public final class CityTiers {
    static final Set<String> TIER_1 = Set.of("北京", "上海", "广州", "深圳");
    static final Set<String> TIER_2 = Set.of(
            "成都", "杭州", "重庆", "武汉", "西安", "苏州", "天津", "南京", "长沙", "郑州", "东莞", "青岛", "沈阳", "宁波", "昆明", "无锡", "合肥", "厦门",
            "福州", "济南", "大连", "哈尔滨", "长春", "石家庄", "南宁", "贵阳", "南昌", "太原", "佛山", "兰州", "海口", "呼和浩特", "乌鲁木齐", "银川", "西宁",
            "拉萨");

    private CityTiers() {}

    public static CityTier of(String city) {
        String name = CityNames.normalise(city);
        if (TIER_1.contains(name)) {
            return CityTier.TIER_1;
        }
        return TIER_2.contains(name) ? CityTier.TIER_2 : CityTier.OTHER;
    }
}
