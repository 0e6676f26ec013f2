package com.aftersales.api.serial;

import java.time.LocalDate;
import java.util.List;

/**
 * R2: a unit's warranty on {@code asOf}. {@code startsOn} (null when {@code startsFrom} is UNKNOWN),
 * {@code termEndsOn} = startsOn + {@code warrantyMonths} − 1 day, the term of policy version {@code
 * policyVersion}; {@code extensions} by the repairs completed by {@code asOf}; {@code endsOn} the later
 * of the term's end and the latest extension (null if there is neither); {@code inWarranty} whether
 * {@code asOf} falls between startsOn and endsOn. {@code registryVersion} names the facts used.
 */
public record WarrantyStatusView(
        String serialNumber,
        LocalDate asOf,
        WarrantyStart startsFrom,
        LocalDate startsOn,
        int warrantyMonths,
        int policyVersion,
        LocalDate termEndsOn,
        List<WarrantyExtensionView> extensions,
        LocalDate endsOn,
        boolean inWarranty,
        long registryVersion) {

    public WarrantyStatusView {
        extensions = List.copyOf(extensions);
    }
}
