package com.aftersales.api.serial;

import com.aftersales.api.common.CustomerId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * R2: a registered unit's facts were corrected; the facts after the correction, whole, and why.
 * Warranty from here on is judged by these.
 */
@Revision("1")
public record SerialFactsCorrectedEvent(
        String serialNumber,
        String model,
        LocalDate soldOn,
        LocalDate activatedOn,
        LocalDate deliveredOn,
        CustomerId customerId,
        String reason) {}
