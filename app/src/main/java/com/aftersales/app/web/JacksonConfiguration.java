package com.aftersales.app.web;

import com.aftersales.api.calendar.CalendarId;
import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.contract.ServiceContractId;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.InvoiceRef;
import com.aftersales.api.expense.PhoneDutyFailureId;
import com.aftersales.api.expense.TravelAdvanceId;
import com.aftersales.api.parts.PartsRequisitionId;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.policy.PolicyId;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.review.ReviewDisputeId;
import com.aftersales.api.statistics.MonthlyReportId;
import com.aftersales.api.supplier.SupplierClaimId;
import com.aftersales.api.ticket.TicketId;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON rules of the API and of stored events alike (Axon's Jackson serializer uses this
 * ObjectMapper): typed ids as plain strings, so the API module stays free of Jackson annotations;
 * no control characters in text.
 */
@Configuration(proxyBeanMethods = false)
public class JacksonConfiguration {
    /** C0 controls and DEL, except tab, line feed and carriage return. */
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    @Bean
    public Module typedIdsModule() {
        return typedIds();
    }

    /**
     * Text with control characters (NUL above all, which PostgreSQL text cannot hold) is refused
     * at the door: stored in an event it would poison every read model forever. Tabs and line
     * breaks are ordinary text.
     */
    @Bean
    public Module plainTextModule() {
        SimpleModule module = new SimpleModule("plain-text");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                if (value != null && CONTROL_CHARACTERS.matcher(value).find()) {
                    throw context.weirdStringException(value, String.class, "control characters are not allowed");
                }
                return value;
            }
        });
        return module;
    }

    /** Also used by tests that read golden event files without a Spring context. */
    public static SimpleModule typedIds() {
        SimpleModule module = new SimpleModule("typed-ids");
        register(module, TicketId.class, TicketId::new);
        register(module, CustomerId.class, CustomerId::new);
        register(module, UserId.class, UserId::new);
        register(module, ServiceContractId.class, ServiceContractId::new);
        // its toString() is the event stream's name (calendar:<id>); JSON carries the id itself
        module.addSerializer(CalendarId.class, new StdSerializer<>(CalendarId.class) {
            @Override
            public void serialize(CalendarId id, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(id.value());
            }
        });
        module.addDeserializer(CalendarId.class, new FromStringDeserializer<CalendarId>(CalendarId.class) {
            @Override
            protected CalendarId _deserialize(String value, DeserializationContext context) {
                return new CalendarId(value);
            }
        });
        register(module, PolicyId.class, PolicyId::new);
        register(module, RepairOrderId.class, RepairOrderId::new);
        register(module, QualityReviewId.class, QualityReviewId::new);
        register(module, PenaltyId.class, PenaltyId::new);
        register(module, SupplierClaimId.class, SupplierClaimId::new);
        register(module, PartsRequisitionId.class, PartsRequisitionId::new);
        register(module, ComplaintId.class, ComplaintId::new);
        register(module, ExpenseClaimId.class, ExpenseClaimId::new);
        register(module, TravelAdvanceId.class, TravelAdvanceId::new);
        register(module, PhoneDutyFailureId.class, PhoneDutyFailureId::new);
        // The monthly report (M3), the installation-guidance fee (M1) and review disputes (E2)
        register(module, MonthlyReportId.class, MonthlyReportId::new);
        register(module, ReviewDisputeId.class, ReviewDisputeId::new);
        module.setMixInAnnotation(InvoiceRef.class, InvoiceRefAsRecorded.class);
        return module;
    }

    private static <T> void register(SimpleModule module, Class<T> type, Function<String, T> parse) {
        module.addSerializer(type, ToStringSerializer.instance);
        module.addDeserializer(type, new FromStringDeserializer<T>(type) {
            @Override
            protected T _deserialize(String value, DeserializationContext context) {
                return parse.apply(value);
            }
        });
    }

    /**
     * X1: an invoice is recorded as its code and number; {@code isElectronic()} is derived from
     * them and would otherwise be written as a property no reader accepts back.
     */
    @JsonIgnoreProperties({"electronic"})
    private abstract static class InvoiceRefAsRecorded {}
}
