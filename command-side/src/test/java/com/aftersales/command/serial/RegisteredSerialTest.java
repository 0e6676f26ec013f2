package com.aftersales.command.serial;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.UserId;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.RepairOrderId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * R2 as the registry's record reads it: warranty runs from the activation date, without a warranty
 * card from the delivery date, for the policy's months; each completed repair's extension can carry
 * it further. A unit activated on 2025-03-10 with a 24-month term is in warranty until 2027-03-09.
 */
class RegisteredSerialTest {
    private static final LocalDate SOLD = LocalDate.parse("2025-03-01");
    private static final LocalDate ACTIVATED = LocalDate.parse("2025-03-10");
    private static final LocalDate DELIVERED = LocalDate.parse("2025-03-05");

    @Test
    void warrantyStartsOnTheActivationDateEvenWithADeliveryDate_R2() {
        assertThat(serial(ACTIVATED, DELIVERED).warrantyStartsOn()).isEqualTo(ACTIVATED);
    }

    @Test
    void withoutAWarrantyCardWarrantyStartsOnTheDeliveryDate_R2() {
        assertThat(serial(null, DELIVERED).warrantyStartsOn()).isEqualTo(DELIVERED);
    }

    @Test
    void withNeitherDateTheStartIsUnknown_R2() {
        assertThat(serial(null, null).warrantyStartsOn()).isNull();
        assertThat(serial(null, null).warrantyEndsOn(24)).isNull();
        assertThat(serial(null, null).inWarrantyOn(SOLD, 24)).isFalse();
    }

    @Test
    void theTermEndsTheDayBeforeTheSameDateMonthsLater_R2() {
        assertThat(serial(ACTIVATED, null).warrantyEndsOn(24)).isEqualTo(LocalDate.parse("2027-03-09"));
        assertThat(serial(ACTIVATED, null).warrantyEndsOn(12)).isEqualTo(LocalDate.parse("2026-03-09"));
    }

    @Test
    void inWarrantyFromTheFirstDayToTheLastDayOfTheTerm_R2() {
        RegisteredSerial unit = serial(ACTIVATED, null);

        assertThat(unit.inWarrantyOn(ACTIVATED.minusDays(1), 24)).isFalse();
        assertThat(unit.inWarrantyOn(ACTIVATED, 24)).isTrue();
        assertThat(unit.inWarrantyOn(LocalDate.parse("2027-03-09"), 24)).isTrue();
        assertThat(unit.inWarrantyOn(LocalDate.parse("2027-03-10"), 24)).isFalse();
    }

    @Test
    void aRepairsExtensionBeyondTheTermEndsTheWarrantyLater_R2() {
        RegisteredSerial unit = serial(ACTIVATED, null, repair("2027-02-01", "2027-05-01"));

        assertThat(unit.warrantyEndsOn(24)).isEqualTo(LocalDate.parse("2027-05-01"));
        assertThat(unit.inWarrantyOn(LocalDate.parse("2027-05-01"), 24)).isTrue();
        assertThat(unit.inWarrantyOn(LocalDate.parse("2027-05-02"), 24)).isFalse();
    }

    @Test
    void anExtensionInsideTheTermChangesNothing_R2() {
        RegisteredSerial unit = serial(ACTIVATED, null, repair("2025-06-01", "2025-09-01"));

        assertThat(unit.warrantyEndsOn(24)).isEqualTo(LocalDate.parse("2027-03-09"));
    }

    @Test
    void theLatestExtensionCountsWhateverTheOrderOfTheRepairs_R2() {
        RegisteredSerial unit = serial(
                ACTIVATED,
                null,
                repair("2027-04-01", "2027-07-01"),
                repair("2027-02-01", "2027-05-01"),
                repair("2027-03-01", null));

        assertThat(unit.warrantyEndsOn(24)).isEqualTo(LocalDate.parse("2027-07-01"));
    }

    @Test
    void withoutAStartOnlyARepairsExtensionGivesWarrantyUntilItEnds_R2() {
        RegisteredSerial unit = serial(null, null, repair("2026-01-10", "2026-04-10"));

        assertThat(unit.warrantyEndsOn(24)).isEqualTo(LocalDate.parse("2026-04-10"));
        assertThat(unit.inWarrantyOn(LocalDate.parse("2026-01-10"), 24)).isTrue();
        assertThat(unit.inWarrantyOn(LocalDate.parse("2026-04-11"), 24)).isFalse();
    }

    @Test
    void aRepairWithoutAnExtensionLeavesAnUnknownEndUnknown_R2() {
        RegisteredSerial unit = serial(null, null, repair("2026-01-10", null));

        assertThat(unit.warrantyEndsOn(24)).isNull();
    }

    @Test
    void theRecordKeepsACopyOfItsRepairs_R2() {
        List<CompletedRepair> repairs = new java.util.ArrayList<>(List.of(repair("2026-01-10", "2026-04-10")));
        RegisteredSerial unit = new RegisteredSerial("SN-1", "HX-3200", SOLD, ACTIVATED, null, 3, repairs);
        repairs.clear();

        assertThat(unit.completedRepairs()).hasSize(1);
        assertThat(unit.registryVersion()).isEqualTo(3);
    }

    private static RegisteredSerial serial(LocalDate activatedOn, LocalDate deliveredOn, CompletedRepair... repairs) {
        return new RegisteredSerial("SN-HX3200-0001", "HX-3200", SOLD, activatedOn, deliveredOn, 0, List.of(repairs));
    }

    private static CompletedRepair repair(String completedOn, String extendedUntil) {
        return new CompletedRepair(
                RepairOrderId.random(),
                new UserId("U-ENG-01"),
                LocalDate.parse(completedOn),
                FaultType.HARDWARE,
                "FUSER",
                List.of("P-FUSER-01"),
                extendedUntil == null ? null : LocalDate.parse(extendedUntil));
    }
}
