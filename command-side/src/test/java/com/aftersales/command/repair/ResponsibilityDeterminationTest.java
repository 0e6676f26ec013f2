package com.aftersales.command.repair;

import static com.aftersales.command.repair.RepairSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.repair.CauseFlags;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.Payer;
import com.aftersales.api.repair.Responsibility;
import com.aftersales.api.repair.ResponsibilityPath;
import com.aftersales.api.repair.WarrantyFacts;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R3's table: warranty on the judged date, fault type and cause flags → path and payer. */
class ResponsibilityDeterminationTest {

    @ParameterizedTest(name = "{0} {1} misuse={2} liquid={3} self={4} force={5} part={6} product={7} → {8} {9}")
    @CsvSource({
        // judged on,  fault,   mis,  liq,  self, force, part, prod, path, payer
        "2026-03-02, HARDWARE, false, false, false, false, false, false, IN_WARRANTY_COMPANY, COMPANY",
        "2027-01-14, SOFTWARE, false, false, false, false, false, false, IN_WARRANTY_COMPANY, COMPANY",
        "2027-01-15, HARDWARE, false, false, false, false, false, false, OUT_OF_WARRANTY, CUSTOMER",
        "2025-01-14, HARDWARE, false, false, false, false, false, false, OUT_OF_WARRANTY, CUSTOMER",
        "2026-03-02, MISUSE,   false, false, false, false, false, false, IN_WARRANTY_CUSTOMER_CAUSED, CUSTOMER",
        "2026-03-02, HARDWARE, true,  false, false, false, false, false, IN_WARRANTY_CUSTOMER_CAUSED, CUSTOMER",
        "2026-03-02, HARDWARE, false, true,  false, false, false, false, IN_WARRANTY_CUSTOMER_CAUSED, CUSTOMER",
        "2026-03-02, COSMETIC, false, false, true,  false, false, false, IN_WARRANTY_CUSTOMER_CAUSED, CUSTOMER",
        "2027-06-01, MISUSE,   true,  false, false, false, false, false, OUT_OF_WARRANTY, CUSTOMER",
        "2026-03-02, HARDWARE, false, false, false, true,  false, false, FORCE_MAJEURE, NEGOTIATED",
        "2027-06-01, HARDWARE, true,  false, false, true,  true,  false, FORCE_MAJEURE, NEGOTIATED",
        "2026-03-02, HARDWARE, false, false, false, false, true,  false, SUPPLIER, SUPPLIER",
        "2027-06-01, HARDWARE, false, false, false, false, false, true,  SUPPLIER, SUPPLIER",
        "2026-03-02, MISUSE,   true,  false, false, false, false, true,  SUPPLIER, SUPPLIER"
    })
    void theRulePathAndPayerFollowFromWarrantyAndCause_R3(
            LocalDate judgedOn,
            FaultType fault,
            boolean misuse,
            boolean liquid,
            boolean selfDisassembly,
            boolean forceMajeure,
            boolean supplierPart,
            boolean outsourcedProduct,
            ResponsibilityPath path,
            Payer payer) {
        CauseFlags causes = new CauseFlags(
                misuse, liquid, selfDisassembly, forceMajeure, supplierPart, outsourcedProduct, "深圳华电电源");

        Responsibility decided = ResponsibilityDetermination.determine(registered(), judgedOn, fault, causes, POLICY);

        boolean inWarranty =
                !judgedOn.isBefore(LocalDate.of(2025, 1, 15)) && !judgedOn.isAfter(LocalDate.of(2027, 1, 14));
        assertThat(decided)
                .isEqualTo(new Responsibility(
                        new WarrantyFacts(
                                4, LocalDate.of(2025, 1, 15), LocalDate.of(2027, 1, 14), 24, judgedOn, inWarranty),
                        fault,
                        causes,
                        3,
                        path,
                        payer));
    }
}
