package com.aftersales.app.serial;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.serial.CorrectSerialFactsCommand;
import com.aftersales.api.serial.RegisterSerialCommand;
import com.aftersales.api.serial.SerialUnitId;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.web.InvalidFieldException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The bodies of the serial registry's requests (API and pages alike) and their commands (R2). */
final class SerialRequests {
    private SerialRequests() {}

    /** Register a unit. {@code activatedOn}: the warranty card's date; {@code customerId}: its owner, if known. */
    record RegisterSerialRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "\\S+", message = "no whitespace in a serial number")
            String serialNumber,

            @NotBlank @Size(max = 200) String model,
            @NotNull LocalDate soldOn,
            LocalDate activatedOn,
            LocalDate deliveredOn,
            @Size(max = 36) String customerId) {

        RegisterSerialCommand toCommand(CustomerContacts customers) {
            return new RegisterSerialCommand(
                    new SerialUnitId(serialNumber),
                    model,
                    soldOn,
                    activatedOn,
                    deliveredOn,
                    customer(customerId, customers));
        }
    }

    /** Correct a unit's facts (all of them, as they should read) for a reason; {@code expectedVersion} as read. */
    record CorrectSerialRequest(
            @NotBlank @Size(max = 200) String model,
            @NotNull LocalDate soldOn,
            LocalDate activatedOn,
            LocalDate deliveredOn,
            @Size(max = 36) String customerId,
            @NotBlank @Size(max = 2000) String reason,
            @NotNull Long expectedVersion) {

        CorrectSerialFactsCommand toCommand(SerialUnitId serial, CustomerContacts customers) {
            return new CorrectSerialFactsCommand(
                    serial,
                    model,
                    soldOn,
                    activatedOn,
                    deliveredOn,
                    customer(customerId, customers),
                    reason,
                    expectedVersion);
        }
    }

    /** A customer named by id must be one the personal-data store knows; blank names nobody. */
    static CustomerId customer(String customerId, CustomerContacts customers) {
        if (customerId == null || customerId.isBlank()) {
            return null;
        }
        if (!customers.exists(customerId.strip())) {
            throw new InvalidFieldException("customerId", customerId + " is not a known customer");
        }
        return new CustomerId(customerId.strip());
    }
}
