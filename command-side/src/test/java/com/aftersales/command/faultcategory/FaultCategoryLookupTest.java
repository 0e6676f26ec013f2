package com.aftersales.command.faultcategory;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.repair.FaultType;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R3, R9: what the lookup answers for an active, a retired and an unknown category. */
class FaultCategoryLookupTest {
    private final FaultCategoryLookup lookup = code -> Optional.ofNullable(Map.of(
                    "SPINDLE", new FaultCategoryEntry("SPINDLE", FaultType.HARDWARE, true, true),
                    "FIRMWARE", new FaultCategoryEntry("FIRMWARE", FaultType.SOFTWARE, false, true),
                    "OLD_CORE", new FaultCategoryEntry("OLD_CORE", FaultType.HARDWARE, true, false))
            .get(code));

    @Test
    void anActiveCategoryIsOfferedToNewDiagnosesAndARetiredOneIsNot_R3() {
        assertThat(lookup.isActive("SPINDLE")).isTrue();
        assertThat(lookup.isActive("OLD_CORE")).isFalse();
        assertThat(lookup.isActive("NEVER")).isFalse();
    }

    @Test
    void aRetiredCategoryIsStillKnown_R3() {
        assertThat(lookup.isKnown("SPINDLE")).isTrue();
        assertThat(lookup.isKnown("OLD_CORE")).isTrue();
        assertThat(lookup.isKnown("NEVER")).isFalse();
    }

    @Test
    void coreComponentsAreToldRetiredOrNot_R9() {
        assertThat(lookup.isCoreComponent("SPINDLE")).isTrue();
        assertThat(lookup.isCoreComponent("OLD_CORE")).isTrue();
        assertThat(lookup.isCoreComponent("FIRMWARE")).isFalse();
        assertThat(lookup.isCoreComponent("NEVER")).isFalse();
    }
}
