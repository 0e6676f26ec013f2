package com.aftersales.query.statistics;

import static com.aftersales.api.statistics.MonthlyFigureKeys.*;

import com.aftersales.api.complaint.ComplaintAcceptedEvent;
import com.aftersales.api.complaint.ComplaintFeedbackGivenEvent;
import com.aftersales.api.complaint.ComplaintFeedbackOverdueEvent;
import com.aftersales.api.complaint.ComplaintRegisteredEvent;
import com.aftersales.api.complaint.ComplaintRejectedEvent;
import com.aftersales.api.expense.ExpenseClaimFlaggedEvent;
import com.aftersales.api.expense.ExpenseClaimPaidEvent;
import com.aftersales.api.expense.ExpenseClaimRejectedEvent;
import com.aftersales.api.expense.ExpenseClaimSubmittedEvent;
import com.aftersales.api.expense.ExpenseFlagConfirmedEvent;
import com.aftersales.api.parts.PartsRequisitionWrittenOffEvent;
import com.aftersales.api.repair.OutsourcedRepairReturnedEvent;
import com.aftersales.api.repair.OutsourcedRepairSentEvent;
import com.aftersales.api.repair.RepairDiagnosedEvent;
import com.aftersales.api.repair.RepairOrderOpenedEvent;
import com.aftersales.api.repair.RepeatRepairDetectedEvent;
import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.EngineerArrivedEvent;
import com.aftersales.api.ticket.EngineerAssignedEvent;
import com.aftersales.api.ticket.EngineerDispatchedEvent;
import com.aftersales.api.ticket.InstallationGuidanceFeeRecordedEvent;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.ServiceModeChangedEvent;
import com.aftersales.api.ticket.ServiceTicketClosedEvent;
import com.aftersales.api.ticket.ServiceTicketRegisteredEvent;
import com.aftersales.api.ticket.SlaBreachedEvent;
import com.aftersales.api.ticket.SlaClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * M1, M2: what one event contributes to the monthly figures, as facts {@code (month, figure,
 * amount)}, given and updating the {@link StatisticsContext} of earlier events. Pure apart from the
 * context: the projection and the replay of the stream both use this class, so they cannot differ.
 * The month is the one of the business date the event carries (a dispatch's start date, a fee's
 * day, a write-off's day, a diagnosis's day) or, without one, of the event's time, both in the
 * company zone; ticket counts and SLA clocks count in the ticket's registration month, a
 * complaint's review in its registration month, and every figure of an expense claim in the month
 * its trip started: the month the cost belongs to, so a claim handed in after the report is a
 * correction of that month (M3).
 */
public final class FigureExtractor {
    /** The event types that contribute facts or context; every other event is skipped. */
    public static final Set<Class<?>> EVENT_TYPES = Set.of(
            ServiceTicketRegisteredEvent.class,
            EngineerAssignedEvent.class,
            ServiceModeChangedEvent.class,
            EngineerArrivedEvent.class,
            EngineerDispatchedEvent.class,
            SlaBreachedEvent.class,
            ServiceTicketClosedEvent.class,
            InstallationGuidanceFeeRecordedEvent.class,
            PartsRequisitionWrittenOffEvent.class,
            RepairOrderOpenedEvent.class,
            RepairDiagnosedEvent.class,
            RepeatRepairDetectedEvent.class,
            OutsourcedRepairSentEvent.class,
            OutsourcedRepairReturnedEvent.class,
            ComplaintRegisteredEvent.class,
            ComplaintAcceptedEvent.class,
            ComplaintRejectedEvent.class,
            ComplaintFeedbackGivenEvent.class,
            ComplaintFeedbackOverdueEvent.class,
            ExpenseClaimSubmittedEvent.class,
            ExpenseClaimPaidEvent.class,
            ExpenseClaimRejectedEvent.class,
            ExpenseClaimFlaggedEvent.class,
            ExpenseFlagConfirmedEvent.class);

    private static final BigDecimal ONE = BigDecimal.ONE;

    private final ZoneId companyZone;

    public FigureExtractor(ZoneId companyZone) {
        this.companyZone = companyZone;
    }

    public static boolean handles(Object event) {
        return event != null && EVENT_TYPES.contains(event.getClass());
    }

    /**
     * The facts of {@code event}, recorded at {@code timestamp}, at most one per figure (amounts of
     * the same figure added up, zero amounts left out); {@code context} is updated with what later
     * events need of this one.
     */
    public List<StatisticsFact> extract(Object event, Instant timestamp, StatisticsContext context) {
        Facts facts = new Facts();
        if (event instanceof ServiceTicketRegisteredEvent e) {
            registered(e, facts, context);
        } else if (event instanceof EngineerAssignedEvent e) {
            assigned(e, facts, context);
        } else if (event instanceof ServiceModeChangedEvent e) {
            modeChanged(e, facts, context);
        } else if (event instanceof EngineerArrivedEvent e) {
            context.ticket(e.ticketId().value())
                    .ifPresent(t -> context.save(
                            e.ticketId().value(),
                            new StatisticsContext.Ticket(
                                    t.registeredMonth(),
                                    t.request(),
                                    t.mode(),
                                    t.arrivals() + 1,
                                    t.dispatches(),
                                    t.installationClockStarted())));
        } else if (event instanceof EngineerDispatchedEvent e) {
            dispatched(e, facts, context);
        } else if (event instanceof SlaBreachedEvent e) {
            context.ticket(e.ticketId().value())
                    .ifPresent(t -> facts.add(t.registeredMonth(), slaBreached(e.clock()), ONE));
        } else if (event instanceof ServiceTicketClosedEvent e) {
            closed(e, timestamp, facts, context);
        } else if (event instanceof InstallationGuidanceFeeRecordedEvent e) {
            YearMonth month = YearMonth.from(e.incurredOn());
            facts.add(month, INSTALLATION_GUIDANCE_FEE, e.amount());
            facts.add(month, INSTALLATION_COST, e.amount());
            if (e.coveredByContract()) {
                facts.add(month, INSTALLATION_GUIDANCE_FEE_COVERED, e.amount());
            }
        } else if (event instanceof PartsRequisitionWrittenOffEvent e) {
            facts.add(YearMonth.from(e.writtenOffOn()), MATERIAL_COST, e.totalCost());
        } else if (event instanceof RepairOrderOpenedEvent e) {
            context.save(e.repairOrderId().value(), new StatisticsContext.Repair(e.model(), false));
        } else if (event instanceof RepairDiagnosedEvent e) {
            if (e.diagnosis() == 1) {
                YearMonth month = YearMonth.from(e.diagnosedOn());
                facts.add(month, REPAIRS_DIAGNOSED, ONE);
                model(e.repairOrderId().value(), context)
                        .ifPresent(model -> facts.add(month, diagnosedOfModel(model), ONE));
            }
        } else if (event instanceof RepeatRepairDetectedEvent e) {
            repeat(e, facts, context);
        } else if (event instanceof OutsourcedRepairSentEvent e) {
            facts.add(month(e.sentAt()), OUTSOURCED_SENT, ONE);
            context.handOverSent(e.repairOrderId().value(), e.handOver(), e.sentAt());
        } else if (event instanceof OutsourcedRepairReturnedEvent e) {
            YearMonth month = month(e.returnedAt());
            facts.add(month, OUTSOURCED_RETURNED, ONE);
            context.handOverSentAt(e.repairOrderId().value(), e.handOver())
                    .ifPresent(sentAt -> facts.add(
                            month,
                            OUTSOURCED_TURNAROUND_DAYS,
                            BigDecimal.valueOf(ChronoUnit.DAYS.between(date(sentAt), date(e.returnedAt())))));
        } else if (event instanceof ComplaintRegisteredEvent e) {
            YearMonth month = month(e.registeredAt());
            facts.add(month, COMPLAINTS_RECEIVED, ONE);
            context.saveCountingMonth(complaint(e.complaintId().value()), month);
        } else if (event instanceof ComplaintAcceptedEvent e) {
            YearMonth month = countingMonth(complaint(e.complaintId().value()), timestamp, context);
            facts.add(month, COMPLAINTS_ACCEPTED, ONE);
            if (e.category() != null) {
                facts.add(month, acceptedIn(e.category()), ONE);
            }
        } else if (event instanceof ComplaintRejectedEvent e) {
            facts.add(countingMonth(complaint(e.complaintId().value()), timestamp, context), COMPLAINTS_REJECTED, ONE);
        } else if (event instanceof ComplaintFeedbackGivenEvent e) {
            YearMonth month = month(e.givenAt());
            facts.add(month, COMPLAINTS_FEEDBACK_GIVEN, ONE);
            if (e.onTime()) {
                facts.add(month, COMPLAINTS_FEEDBACK_ON_TIME, ONE);
            }
        } else if (event instanceof ComplaintFeedbackOverdueEvent e) {
            facts.add(YearMonth.from(e.feedbackDueBy()), COMPLAINTS_FEEDBACK_OVERDUE, ONE);
        } else if (event instanceof ExpenseClaimSubmittedEvent e) {
            YearMonth month = YearMonth.from(e.trip().startDate());
            facts.add(month, EXPENSES_CLAIMED_COUNT, ONE);
            facts.add(month, EXPENSES_CLAIMED_AMOUNT, e.total());
            context.saveCountingMonth(claim(e.claimId().value()), month);
        } else if (event instanceof ExpenseClaimPaidEvent e) {
            YearMonth month = countingMonth(claim(e.claimId().value()), timestamp, context);
            facts.add(month, EXPENSES_PAID_COUNT, ONE);
            facts.add(month, EXPENSES_PAID_AMOUNT, e.reimbursed());
        } else if (event instanceof ExpenseClaimRejectedEvent e) {
            facts.add(countingMonth(claim(e.claimId().value()), timestamp, context), EXPENSES_REJECTED, ONE);
        } else if (event instanceof ExpenseClaimFlaggedEvent e) {
            facts.add(countingMonth(claim(e.claimId().value()), timestamp, context), EXPENSES_FLAGS_RAISED, ONE);
        } else if (event instanceof ExpenseFlagConfirmedEvent e) {
            facts.add(countingMonth(claim(e.claimId().value()), timestamp, context), EXPENSES_FLAGS_CONFIRMED, ONE);
        }
        return facts.list();
    }

    private void registered(ServiceTicketRegisteredEvent e, Facts facts, StatisticsContext context) {
        YearMonth month = month(e.registeredAt());
        facts.add(month, TICKETS_REGISTERED, ONE);
        if (e.urgency() != null) {
            facts.add(month, urgency(e.urgency()), ONE);
        }
        if (e.channel() != null) {
            facts.add(month, channel(e.channel()), ONE);
        }
        started(facts, month, SlaClock.RESPONSE, e.responseDueAt());
        started(facts, month, SlaClock.PLAN, e.planDueAt());
        started(facts, month, SlaClock.ON_SITE, e.onSiteDueAt());
        started(facts, month, SlaClock.FIX, e.fixDueAt());
        context.save(e.ticketId().value(), new StatisticsContext.Ticket(month, e.request(), null, 0, 0, false));
    }

    private static void started(Facts facts, YearMonth month, SlaClock clock, Instant dueAt) {
        if (dueAt != null) {
            facts.add(month, slaStarted(clock), ONE);
        }
    }

    private void assigned(EngineerAssignedEvent e, Facts facts, StatisticsContext context) {
        context.ticket(e.ticketId().value()).ifPresent(t -> {
            move(facts, t.registeredMonth(), t.mode(), e.mode());
            boolean installationClock = t.installationClockStarted();
            if (!installationClock && e.mode() == ServiceMode.INSTALLATION && e.contractDeadline() != null) {
                facts.add(t.registeredMonth(), slaStarted(SlaClock.INSTALLATION), ONE);
                installationClock = true;
            }
            context.save(
                    e.ticketId().value(),
                    new StatisticsContext.Ticket(
                            t.registeredMonth(),
                            t.request(),
                            e.mode(),
                            t.arrivals(),
                            t.dispatches(),
                            installationClock));
        });
    }

    private void modeChanged(ServiceModeChangedEvent e, Facts facts, StatisticsContext context) {
        context.ticket(e.ticketId().value()).ifPresent(t -> {
            move(facts, t.registeredMonth(), t.mode(), e.toMode());
            context.save(
                    e.ticketId().value(),
                    new StatisticsContext.Ticket(
                            t.registeredMonth(),
                            t.request(),
                            e.toMode(),
                            t.arrivals(),
                            t.dispatches(),
                            t.installationClockStarted()));
        });
    }

    /** A ticket counted under {@code from} (null: not yet) now counts under {@code to}. */
    private static void move(Facts facts, YearMonth month, ServiceMode from, ServiceMode to) {
        if (from == to || to == null) {
            return;
        }
        if (from != null) {
            facts.add(month, mode(from), ONE.negate());
        }
        facts.add(month, mode(to), ONE);
    }

    private void dispatched(EngineerDispatchedEvent e, Facts facts, StatisticsContext context) {
        YearMonth month = YearMonth.from(e.startDate());
        Optional<StatisticsContext.Ticket> ticket = context.ticket(e.ticketId().value());
        BigDecimal personDays = BigDecimal.valueOf(e.personDays());
        if (ticket.map(t -> t.request() == CustomerRequest.INSTALLATION).orElse(false)) {
            facts.add(month, INSTALLATION_PERSON_TIMES, ONE);
            facts.add(month, INSTALLATION_PERSON_DAYS, personDays);
            facts.add(month, INSTALLATION_COST, e.costs().total());
        } else {
            facts.add(month, DISPATCH_PERSON_TIMES, ONE);
            facts.add(month, DISPATCH_PERSON_DAYS, personDays);
            facts.add(month, DISPATCH_COST, e.costs().travel().add(e.costs().lodging()));
            facts.add(month, TRANSPORT_COST, e.costs().transport());
            facts.add(month, MATERIAL_COST, e.costs().materials());
        }
        ticket.ifPresent(t -> context.save(
                e.ticketId().value(),
                new StatisticsContext.Ticket(
                        t.registeredMonth(),
                        t.request(),
                        t.mode(),
                        t.arrivals(),
                        t.dispatches() + 1,
                        t.installationClockStarted())));
    }

    private void closed(ServiceTicketClosedEvent e, Instant timestamp, Facts facts, StatisticsContext context) {
        YearMonth month = month(timestamp);
        facts.add(month, FTF_CLOSED, ONE);
        StatisticsContext.Ticket ticket = context.ticket(e.ticketId().value())
                .orElse(new StatisticsContext.Ticket(month, null, null, 0, 0, false));
        if (ticket.arrivals() <= 1 && ticket.dispatches() <= 1) {
            facts.add(month, FTF_FIXED, ONE);
        }
    }

    private void repeat(RepeatRepairDetectedEvent e, Facts facts, StatisticsContext context) {
        String repairOrder = e.repairOrderId().value();
        Optional<StatisticsContext.Repair> repair = context.repair(repairOrder);
        if (repair.map(StatisticsContext.Repair::repeatCounted).orElse(false)) {
            return;
        }
        YearMonth month = YearMonth.from(e.diagnosedOn());
        facts.add(month, REPAIRS_REPEAT, ONE);
        String model = repair.map(StatisticsContext.Repair::model).orElse(null);
        if (model != null) {
            facts.add(month, repeatOfModel(model), ONE);
        }
        context.save(repairOrder, new StatisticsContext.Repair(model, true));
    }

    private static String complaint(String complaintId) {
        return "complaint:" + complaintId;
    }

    private static String claim(String claimId) {
        return "claim:" + claimId;
    }

    /** The month {@code subject}'s first event set; without it (not seen), the month of {@code timestamp}. */
    private YearMonth countingMonth(String subject, Instant timestamp, StatisticsContext context) {
        return context.countingMonth(subject).orElseGet(() -> month(timestamp));
    }

    private static Optional<String> model(String repairOrderId, StatisticsContext context) {
        return context.repair(repairOrderId).map(StatisticsContext.Repair::model);
    }

    private YearMonth month(Instant at) {
        return YearMonth.from(date(at));
    }

    private LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, companyZone);
    }

    /** Facts of one event, one per (month, figure). */
    private static final class Facts {
        private final Map<String, StatisticsFact> byKey = new LinkedHashMap<>();

        void add(YearMonth month, String figure, BigDecimal amount) {
            if (amount == null) {
                return;
            }
            byKey.merge(
                    month + "|" + figure,
                    new StatisticsFact(month, figure, amount),
                    (a, b) -> new StatisticsFact(month, figure, a.amount().add(b.amount())));
        }

        List<StatisticsFact> list() {
            List<StatisticsFact> list = new ArrayList<>();
            for (StatisticsFact fact : byKey.values()) {
                if (fact.amount().signum() != 0) {
                    list.add(fact);
                }
            }
            return list;
        }
    }
}
