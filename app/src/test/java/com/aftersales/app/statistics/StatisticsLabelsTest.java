package com.aftersales.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.statistics.MonthlyFigureKeys;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** M1, M2: every figure has its label in English and in Chinese, and the two bundles name the same figures. */
class StatisticsLabelsTest {

    @Test
    @DisplayName("M1, M2: every fixed figure key and the per-model figures are labelled in both languages")
    void M1_M2_everyFigureIsLabelled() throws IOException {
        Properties english = load("i18n/statistics.properties");
        Properties chinese = load("i18n/statistics_zh_CN.properties");
        for (String key : MonthlyFigureKeys.ORDER) {
            assertThat(english.getProperty("figure." + key)).as(key).isNotBlank();
            assertThat(chinese.getProperty("figure." + key)).as(key).isNotBlank();
        }
        // the per-model figures are named by their family and the model
        for (String prefix : new String[] {
            MonthlyFigureKeys.REPAIRS_DIAGNOSED_BY_MODEL,
            MonthlyFigureKeys.REPAIRS_REPEAT_BY_MODEL,
            MonthlyFigureKeys.REPAIRS_REPEAT_RATE_BY_MODEL
        }) {
            String family = "figure." + prefix.substring(0, prefix.length() - 1);
            assertThat(english.getProperty(family)).as(family).isNotBlank();
            assertThat(chinese.getProperty(family)).as(family).isNotBlank();
        }
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                StatisticsLabelsTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
