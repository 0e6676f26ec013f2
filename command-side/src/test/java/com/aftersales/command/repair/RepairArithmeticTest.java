package com.aftersales.command.repair;

import static com.aftersales.command.repair.RepairSamples.ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.policy.RepairSettings;
import com.aftersales.api.repair.EngineerLevel;
import com.aftersales.api.repair.QuotedPart;
import com.aftersales.api.repair.RepairDifficulty;
import com.aftersales.api.repair.RepairQuote;
import com.aftersales.command.policy.CurrentPolicy;
import com.aftersales.command.policy.PolicyVersions;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R9 depreciation, R5 tariff, R14 sampling and the policy numbers, as plain arithmetic. */
class RepairArithmeticTest {

    @ParameterizedTest(name = "{1} months of {0} → {2}")
    @CsvSource({
        "4800.00, 0, 4800.00",
        "4800.00, 12, 2400.00",
        "4800.00, 24, 0.00",
        "4800.00, 30, 0.00",
        "999.99, 1, 958.32",
        "100, 7, 70.83"
    })
    void theDepreciatedValueIsStraightLineAndNeverBelowZero_R9(BigDecimal price, int months, BigDecimal value) {
        assertThat(Depreciation.value(price, months, 24)).isEqualTo(value);
    }

    @Test
    void aQuoteIsPartsAtPurchasePricePlusFeeLabourByLevelAndDifficultyAndTravel_R5() {
        RepairQuote quote = RepairTariff.quote(
                List.of(
                        new QuotedPart("PSU-3200", 2, new BigDecimal("100.005")),
                        new QuotedPart("FAN", 1, BigDecimal.TEN)),
                new BigDecimal("2.5"),
                EngineerLevel.EXPERT,
                RepairDifficulty.COMPLEX,
                new BigDecimal("30.5"),
                10);
        assertThat(quote.partsCost()).isEqualTo(new BigDecimal("210.01"));
        assertThat(quote.managementFee()).isEqualTo(new BigDecimal("21.00"));
        assertThat(quote.hourlyRate()).isEqualTo(new BigDecimal("180.00"));
        assertThat(quote.difficultyFactor()).isEqualTo(new BigDecimal("1.5"));
        assertThat(quote.labour()).isEqualTo(new BigDecimal("675.00"));
        assertThat(quote.travel()).isEqualTo(new BigDecimal("30.50"));
        assertThat(quote.total()).isEqualTo(new BigDecimal("936.51"));
        assertThat(quote.managementFeePercent()).isEqualTo(10);
        assertThat(quote.labourHours()).isEqualTo(new BigDecimal("2.5"));
        assertThat(quote.engineerLevel()).isEqualTo(EngineerLevel.EXPERT);
        assertThat(quote.difficulty()).isEqualTo(RepairDifficulty.COMPLEX);
    }

    @Test
    void theTariffTable_R5() {
        assertThat(RepairTariff.hourlyRate(EngineerLevel.JUNIOR)).isEqualTo(new BigDecimal("80.00"));
        assertThat(RepairTariff.hourlyRate(EngineerLevel.SENIOR)).isEqualTo(new BigDecimal("120.00"));
        assertThat(RepairTariff.factor(RepairDifficulty.STANDARD)).isEqualTo(new BigDecimal("1.0"));
        assertThat(RepairTariff.factor(RepairDifficulty.SEVERE)).isEqualTo(new BigDecimal("2.0"));
    }

    @Test
    void theSamplingBucketIsTheHashOfTheIdModHundred_R14() {
        assertThat(Sampling.bucket(ORDER)).isEqualTo(77);
        assertThat(Sampling.bucket(new com.aftersales.api.repair.RepairOrderId("00000000-0000-4000-8000-000000000003")))
                .isEqualTo(44);
        assertThat(Sampling.sampled(9, 10)).isTrue();
        assertThat(Sampling.sampled(10, 10)).isFalse();
    }

    @Test
    void thePolicyVersionsRepairNumbersAreTaken() {
        RepairSettings settings = new RepairSettings(24, 3, 1, 7, 3, 90, 24, 4, 1, 3, 10, 10, 7, 15, 10, 24);
        PolicyVersions versions = new PolicyVersions() {
            @Override
            public CurrentPolicy current() {
                return new CurrentPolicy(
                        5,
                        new com.aftersales.api.policy.PolicySettings(
                                new com.aftersales.api.policy.TicketSlaSettings(
                                        java.util.Map.of(
                                                com.aftersales.api.ticket.Urgency.URGENT, java.time.Duration.ofHours(1),
                                                com.aftersales.api.ticket.Urgency.NORMAL, java.time.Duration.ofHours(4),
                                                com.aftersales.api.ticket.Urgency.LOW, java.time.Duration.ofHours(24)),
                                        java.util.Map.of(
                                                com.aftersales.api.ticket.Urgency.URGENT, java.time.Duration.ofHours(4),
                                                com.aftersales.api.ticket.Urgency.NORMAL,
                                                        java.time.Duration.ofHours(24)),
                                        java.time.Duration.ofHours(4)),
                                settings,
                                new com.aftersales.api.policy.ComplaintSettings(2),
                                new com.aftersales.api.policy.ExpenseCaps(java.util.Map.of())));
            }

            @Override
            public com.aftersales.api.policy.PolicySettings at(int version) {
                throw new UnsupportedOperationException();
            }
        };
        assertThat(new VersionedRepairPolicies(versions).current())
                .isEqualTo(new RepairPolicy(5, 24, 3, 1, 7, 3, 90, 24, 4, 1, 3, 10, 10, 7, 15, 10, 24));
    }
}
