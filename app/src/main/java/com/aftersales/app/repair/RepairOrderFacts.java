package com.aftersales.app.repair;

import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.api.repair.CustomerNotifiedEvent;
import com.aftersales.api.repair.ExchangeDecidedEvent;
import com.aftersales.api.repair.OutsourcedRepairChaseDueEvent;
import com.aftersales.api.repair.OutsourcedRepairReturnedEvent;
import com.aftersales.api.repair.OutsourcedRepairSentEvent;
import com.aftersales.api.repair.QcStage;
import com.aftersales.api.repair.QuoteConfirmedEvent;
import com.aftersales.api.repair.ReInspectionApprovedEvent;
import com.aftersales.api.repair.ReInspectionRejectedEvent;
import com.aftersales.api.repair.ReInspectionRequestedEvent;
import com.aftersales.api.repair.RefundDecidedEvent;
import com.aftersales.api.repair.RepairClockBreachedEvent;
import com.aftersales.api.repair.RepairDiagnosedEvent;
import com.aftersales.api.repair.RepairOrderCompletedEvent;
import com.aftersales.api.repair.RepairOrderOpenedEvent;
import com.aftersales.api.repair.RepairPaymentRecordedEvent;
import com.aftersales.api.repair.RepairQcFailedEvent;
import com.aftersales.api.repair.RepairQcPassedEvent;
import com.aftersales.api.repair.RepairQuote;
import com.aftersales.api.repair.RepairQuotedEvent;
import com.aftersales.api.repair.RepairReportApprovedEvent;
import com.aftersales.api.repair.RepairReturnShippedEvent;
import com.aftersales.api.repair.RepairSamplingPassedEvent;
import com.aftersales.api.repair.RepairSelfCheckedEvent;
import com.aftersales.api.repair.RepairWorkRecordedEvent;
import com.aftersales.api.repair.RepeatRepairDetectedEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the order page shows beyond the read model's row, read from the order's own history (the
 * events the timeline lists anyway, so no second source): the diagnosis with its warranty facts and
 * responsibility path (R3), repeats (R12), the notice (R3), re-inspections (R4), the quote,
 * confirmation and payment (R5), hand-overs to stations (R7), work rounds, QC and sampling results
 * (R8, R14), the approved report and the return (R8), the clocks' breaches (R3, R6), and an exchange
 * or refund decision (R9, R10).
 */
public record RepairOrderFacts(
        RepairOrderOpenedEvent opened,
        RepairDiagnosedEvent diagnosis,
        List<RepeatRepairDetectedEvent> repeats,
        CustomerNotifiedEvent notice,
        List<ReInspection> reInspections,
        RepairQuote quote,
        QuoteConfirmedEvent confirmation,
        RepairPaymentRecordedEvent payment,
        List<HandOver> handOvers,
        List<WorkRound> workRounds,
        List<Inspection> inspections,
        RepairReportApprovedEvent report,
        RepairReturnShippedEvent shipment,
        RepairOrderCompletedEvent completion,
        List<RepairClockBreachedEvent> breaches,
        ExchangeDecidedEvent exchange,
        RefundDecidedEvent refund) {

    /** R4: a request and, once decided, who approved or rejected it, with their note or reason. */
    public record ReInspection(
            int request, String reason, Boolean approved, String supervisorId, String note, String newEngineerId) {}

    /** R7: a hand-over to a station, its chases so far and its return (null while out). */
    public record HandOver(OutsourcedRepairSentEvent sent, int chases, OutsourcedRepairReturnedEvent returned) {}

    /** R8: a round of work and its self-check (null until checked). */
    public record WorkRound(int round, List<String> partsReplaced, String workDone, String checks) {}

    /** R8, R14: a QC or sampling inspection's result; {@code sampled} only for a passed QC. */
    public record Inspection(
            int round,
            QcStage stage,
            boolean passed,
            String inspectorId,
            String findings,
            Boolean sampled,
            Instant at) {}

    /** Every user id the facts name (for one names query). */
    Stream<String> people() {
        List<String> ids = new ArrayList<>();
        if (diagnosis != null) {
            ids.add(diagnosis.engineerId().value());
        }
        repeats.forEach(r -> ids.add(r.earlierEngineerId().value()));
        reInspections.forEach(r -> {
            ids.add(r.supervisorId());
            ids.add(r.newEngineerId());
        });
        inspections.forEach(i -> ids.add(i.inspectorId()));
        if (report != null) {
            ids.add(report.supervisorId().value());
        }
        return ids.stream();
    }

    /** The last QC or sampling failure sent back for rework, with nothing passed since. */
    public Inspection pendingRework() {
        if (inspections.isEmpty()) {
            return null;
        }
        Inspection last = inspections.get(inspections.size() - 1);
        return last.passed() ? null : last;
    }

    static RepairOrderFacts of(List<HistoryEntryView> history, ObjectMapper json) {
        Builder facts = new Builder();
        for (HistoryEntryView entry : history) {
            Class<?> type = TYPES.get(entry.eventType());
            if (type == null || entry.payloadJson() == null) {
                continue;
            }
            Object event;
            try {
                event = json.readValue(entry.payloadJson(), type);
            } catch (IOException unreadable) {
                throw new UncheckedIOException("event " + entry.sequenceNumber() + " unreadable", unreadable);
            }
            facts.add(event, entry.recordedAt());
        }
        return facts.build();
    }

    private static final Map<String, Class<?>> TYPES = Stream.of(
                    RepairOrderOpenedEvent.class,
                    RepairDiagnosedEvent.class,
                    RepeatRepairDetectedEvent.class,
                    CustomerNotifiedEvent.class,
                    ReInspectionRequestedEvent.class,
                    ReInspectionApprovedEvent.class,
                    ReInspectionRejectedEvent.class,
                    RepairQuotedEvent.class,
                    QuoteConfirmedEvent.class,
                    RepairPaymentRecordedEvent.class,
                    OutsourcedRepairSentEvent.class,
                    OutsourcedRepairChaseDueEvent.class,
                    OutsourcedRepairReturnedEvent.class,
                    RepairWorkRecordedEvent.class,
                    RepairSelfCheckedEvent.class,
                    RepairQcPassedEvent.class,
                    RepairQcFailedEvent.class,
                    RepairSamplingPassedEvent.class,
                    RepairReportApprovedEvent.class,
                    RepairReturnShippedEvent.class,
                    RepairOrderCompletedEvent.class,
                    RepairClockBreachedEvent.class,
                    ExchangeDecidedEvent.class,
                    RefundDecidedEvent.class)
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Class::getSimpleName, type -> type));

    private static final class Builder {
        RepairOrderOpenedEvent opened;
        RepairDiagnosedEvent diagnosis;
        final List<RepeatRepairDetectedEvent> repeats = new ArrayList<>();
        CustomerNotifiedEvent notice;
        final List<ReInspection> reInspections = new ArrayList<>();
        RepairQuote quote;
        QuoteConfirmedEvent confirmation;
        RepairPaymentRecordedEvent payment;
        final List<HandOver> handOvers = new ArrayList<>();
        final List<WorkRound> workRounds = new ArrayList<>();
        final List<Inspection> inspections = new ArrayList<>();
        RepairReportApprovedEvent report;
        RepairReturnShippedEvent shipment;
        RepairOrderCompletedEvent completion;
        final List<RepairClockBreachedEvent> breaches = new ArrayList<>();
        ExchangeDecidedEvent exchange;
        RefundDecidedEvent refund;

        void add(Object event, Instant at) {
            if (event instanceof RepairOrderOpenedEvent e) {
                opened = e;
            } else if (event instanceof RepairDiagnosedEvent e) {
                diagnosis = e;
                // a new diagnosis (after an approved re-inspection) is told and quoted again
                notice = null;
                quote = null;
                confirmation = null;
            } else if (event instanceof RepeatRepairDetectedEvent e) {
                repeats.add(e);
            } else if (event instanceof CustomerNotifiedEvent e) {
                notice = e;
            } else if (event instanceof ReInspectionRequestedEvent e) {
                reInspections.add(new ReInspection(e.request(), e.reason(), null, null, null, null));
            } else if (event instanceof ReInspectionApprovedEvent e) {
                decide(true, e.supervisorId().value(), e.note(), e.engineerId().value());
            } else if (event instanceof ReInspectionRejectedEvent e) {
                decide(false, e.supervisorId().value(), e.reason(), null);
            } else if (event instanceof RepairQuotedEvent e) {
                quote = e.quote();
            } else if (event instanceof QuoteConfirmedEvent e) {
                confirmation = e;
            } else if (event instanceof RepairPaymentRecordedEvent e) {
                payment = e;
            } else if (event instanceof OutsourcedRepairSentEvent e) {
                handOvers.add(new HandOver(e, 0, null));
            } else if (event instanceof OutsourcedRepairChaseDueEvent) {
                replaceLastHandOver(h -> new HandOver(h.sent(), h.chases() + 1, h.returned()));
            } else if (event instanceof OutsourcedRepairReturnedEvent e) {
                replaceLastHandOver(h -> new HandOver(h.sent(), h.chases(), e));
            } else if (event instanceof RepairWorkRecordedEvent e) {
                workRounds.add(new WorkRound(e.round(), e.partsReplaced(), e.workDone(), null));
            } else if (event instanceof RepairSelfCheckedEvent e) {
                if (!workRounds.isEmpty()) {
                    WorkRound last = workRounds.remove(workRounds.size() - 1);
                    workRounds.add(new WorkRound(last.round(), last.partsReplaced(), last.workDone(), e.checks()));
                }
            } else if (event instanceof RepairQcPassedEvent e) {
                inspections.add(new Inspection(
                        e.round(), QcStage.QC, true, e.inspectorId().value(), e.findings(), e.sampled(), at));
            } else if (event instanceof RepairQcFailedEvent e) {
                inspections.add(new Inspection(
                        e.round(), e.stage(), false, e.inspectorId().value(), e.findings(), null, at));
            } else if (event instanceof RepairSamplingPassedEvent e) {
                inspections.add(new Inspection(
                        e.round(), QcStage.SAMPLING, true, e.inspectorId().value(), e.findings(), null, at));
            } else if (event instanceof RepairReportApprovedEvent e) {
                report = e;
            } else if (event instanceof RepairReturnShippedEvent e) {
                shipment = e;
            } else if (event instanceof RepairOrderCompletedEvent e) {
                completion = e;
            } else if (event instanceof RepairClockBreachedEvent e) {
                breaches.add(e);
            } else if (event instanceof ExchangeDecidedEvent e) {
                exchange = e;
            } else if (event instanceof RefundDecidedEvent e) {
                refund = e;
            }
        }

        private void decide(boolean approved, String supervisorId, String note, String newEngineerId) {
            if (reInspections.isEmpty()) {
                return;
            }
            ReInspection last = reInspections.remove(reInspections.size() - 1);
            reInspections.add(
                    new ReInspection(last.request(), last.reason(), approved, supervisorId, note, newEngineerId));
        }

        private void replaceLastHandOver(java.util.function.UnaryOperator<HandOver> change) {
            if (!handOvers.isEmpty()) {
                handOvers.add(change.apply(handOvers.remove(handOvers.size() - 1)));
            }
        }

        RepairOrderFacts build() {
            return new RepairOrderFacts(
                    opened,
                    diagnosis,
                    List.copyOf(repeats),
                    notice,
                    List.copyOf(reInspections),
                    quote,
                    confirmation,
                    payment,
                    List.copyOf(handOvers),
                    List.copyOf(workRounds),
                    List.copyOf(inspections),
                    report,
                    shipment,
                    completion,
                    List.copyOf(breaches),
                    exchange,
                    refund);
        }
    }
}
