package com.aftersales.api.serial;

import com.aftersales.api.common.CustomerId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * R2: a unit entered the serial registry: its model, sale date, warranty card (activation) date and
 * delivery date (either may be null), and its owner if known.
 */
@Revision("1")
public record SerialRegisteredEvent(
        String serialNumber,
        String model,
        LocalDate soldOn,
        LocalDate activatedOn,
        LocalDate deliveredOn,
        CustomerId customerId) {}
