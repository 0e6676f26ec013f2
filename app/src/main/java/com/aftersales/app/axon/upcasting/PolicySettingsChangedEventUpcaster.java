package com.aftersales.app.axon.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code PolicySettingsChangedEvent} 1 → 2: the repair family gained the numbers of R3, R5, R7,
 * R9, R10 and R14. A version recorded before had none of them, and the rules those numbers tune
 * were not built then; it reads as having had the rules' defaults. Migration V19 gives the
 * command-side copy of those versions (table {@code policy_version}) the same numbers.
 */
public class PolicySettingsChangedEventUpcaster extends JsonPayloadUpcaster {
    static final String TYPE = "com.aftersales.api.policy.PolicySettingsChangedEvent";

    /** The defaults of the rules, in the order of RepairSettings. */
    static final Map<String, Integer> REPAIR_DEFAULTS_OF_REVISION_2 = defaults();

    public PolicySettingsChangedEventUpcaster() {
        super(TYPE, "1", "2");
    }

    @Override
    void upcast(ObjectNode event) {
        ObjectNode repair = (ObjectNode) event.path("settings").path("repair");
        REPAIR_DEFAULTS_OF_REVISION_2.forEach(repair::put);
    }

    private static Map<String, Integer> defaults() {
        Map<String, Integer> defaults = new LinkedHashMap<>();
        defaults.put("diagnosisHours", 24);
        defaults.put("urgentDiagnosisHours", 4);
        defaults.put("customerNoticeWorkingDays", 1);
        defaults.put("outsourceChaseWorkingDays", 3);
        defaults.put("samplingPercent", 10);
        defaults.put("managementFeePercent", 10);
        defaults.put("exchangeUnusedWithinDays", 7);
        defaults.put("refundWithinDaysOfPurchase", 15);
        defaults.put("refundLateWorkingDays", 10);
        defaults.put("depreciationMonths", 24);
        return Map.copyOf(defaults);
    }
}
