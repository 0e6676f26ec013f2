package com.aftersales.app.ticket;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.FaultReport;
import com.aftersales.api.ticket.IntakeChannel;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.ProductUnit;
import com.aftersales.api.ticket.ProofOfPurchase;
import com.aftersales.api.ticket.RegisterServiceTicketCommand;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.web.InvalidFieldException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * T1–T3: a service request as the clerk takes it down; the customer is known by id or given anew.
 * Whether a service contract covers the unit is looked up (T13), never typed: {@code
 * underServiceContract} is only here to refuse clients that still send it.
 */
record RegisterRequest(
        @NotNull IntakeChannel channel,
        @Size(max = 36) String customerId,
        @Valid Customer customer,
        @NotNull @Valid Purchase proofOfPurchase,
        @NotNull @Valid Product product,
        @NotNull @Valid Fault fault,
        @NotNull CustomerRequest request,
        @NotNull Urgency urgency,
        Boolean underServiceContract) {

    /** Personal data: stored in the customer store, never in events. */
    record Customer(
            @NotBlank @Size(max = 255) String name,
            @Size(max = 64) String phone,
            @Email @Size(max = 255) String email) {}

    record Purchase(
            @Size(max = 64) String orderNumber,
            @Size(max = 64) String invoiceNumber) {}

    /** {@code unitClass}: the class a T10 loaner must match; the model when not given. */
    record Product(
            @NotBlank @Size(max = 255) String model,
            @NotBlank @Size(max = 255) String serialNumber,
            @NotNull ProductKind kind,
            @NotNull @PastOrPresent LocalDate purchaseDate,
            @Size(max = 255) String unitClass) {}

    record Fault(
            @NotBlank @Size(max = 4000) String description,
            LocalDate occurredOn,
            @Size(max = 1000) String usageContext) {}

    /** T2 checks that field annotations cannot express; a failure is a 400 naming the field. */
    void requireCompleteness() {
        if (isBlank(proofOfPurchase.orderNumber()) && isBlank(proofOfPurchase.invoiceNumber())) {
            throw new InvalidFieldException(
                    "proofOfPurchase", "T2: proof of purchase needs an order number or an invoice number");
        }
        if (underServiceContract != null) {
            throw new InvalidFieldException(
                    "underServiceContract",
                    "T13: whether a contract covers the unit is looked up from the service contracts; leave it out");
        }
        if (customerId == null && customer == null) {
            throw new InvalidFieldException("customer", "give either customerId or customer");
        }
        if (customerId == null && isBlank(customer.phone()) && isBlank(customer.email())) {
            throw new InvalidFieldException("customer.phone", "T2: the customer needs a contact phone or email");
        }
    }

    RegisterServiceTicketCommand toCommand(TicketId ticketId, CustomerId customer, Instant registeredAt) {
        return new RegisterServiceTicketCommand(
                ticketId,
                customer,
                channel,
                new ProofOfPurchase(proofOfPurchase.orderNumber(), proofOfPurchase.invoiceNumber()),
                new ProductUnit(
                        product.model(),
                        product.serialNumber(),
                        product.kind(),
                        product.purchaseDate(),
                        product.unitClass()),
                new FaultReport(fault.description(), fault.occurredOn(), fault.usageContext()),
                request,
                urgency,
                registeredAt);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
