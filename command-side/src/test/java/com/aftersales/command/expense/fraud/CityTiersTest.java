package com.aftersales.command.expense.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.policy.CityTier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CityTiersTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "北京, TIER_1",
        "上海市, TIER_1",
        " 广州 , TIER_1",
        "深圳, TIER_1",
        "成都, TIER_2",
        "杭州市, TIER_2",
        "重庆, TIER_2",
        "哈尔滨, TIER_2",
        "乌鲁木齐市, TIER_2",
        "绍兴, OTHER",
        "义乌市, OTHER",
        "'', OTHER"
    })
    @DisplayName("X5 OVER_POLICY_CAP: a city's tier, named with or without 市")
    void tierOf(String city, CityTier tier) {
        assertThat(CityTiers.of(city)).isEqualTo(tier);
    }

    @org.junit.jupiter.api.Test
    @DisplayName(
            "X3, X5: city names compare without a trailing 市, surrounding spaces or case; nothing is the empty name")
    void names() {
        assertThat(CityNames.same("杭州市", " 杭州")).isTrue();
        assertThat(CityNames.same("Hangzhou", "hangzhou")).isTrue();
        assertThat(CityNames.same("杭州", "宁波")).isFalse();
        assertThat(CityNames.normalise(null)).isEmpty();
        assertThat(CityNames.normalise("市")).isEmpty();
        assertThat(CityNames.normalise("沙市 市")).isEqualTo("沙市");
        assertThat(CityTiers.of(null)).isEqualTo(CityTier.OTHER);
    }
}
