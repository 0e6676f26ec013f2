package com.aftersales.query.lineage;

import com.aftersales.api.lineage.UnitStateView;
import com.aftersales.api.penalty.PenaltyImposedEvent;
import com.aftersales.api.penalty.PenaltyRevokedEvent;
import com.aftersales.api.quality.QualityCause;
import com.aftersales.api.quality.QualityReviewDecidedEvent;
import com.aftersales.api.quality.QualityReviewDecisionRevisedEvent;
import com.aftersales.api.repair.RepairOrderCompletedEvent;
import com.aftersales.api.repair.RepairOrderOpenedEvent;
import com.aftersales.api.repair.RepeatRepairDetectedEvent;
import com.aftersales.api.serial.SerialRegisteredEvent;
import com.aftersales.api.ticket.RepairOrderLinkedEvent;
import com.aftersales.api.ticket.ServiceTicketClosedEvent;
import com.aftersales.api.ticket.ServiceTicketRegisteredEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The unit's state, event by event, as a quality manager steps through its lineage: what was open,
 * done, detected and decided after each step. Events it does not know leave the state as it was.
 */
class UnitStateFold {
    private String model;
    private LocalDate warrantyExtendedUntil;
    private final Set<String> openTickets = new LinkedHashSet<>();
    private final Set<String> openRepairOrders = new LinkedHashSet<>();
    private final Set<String> completedRepairs = new LinkedHashSet<>();
    private final Set<String> repeats = new LinkedHashSet<>();
    private final Set<String> openReviews = new LinkedHashSet<>();
    private final Set<String> engineerCauses = new LinkedHashSet<>();
    private final Set<String> penaltiesInForce = new LinkedHashSet<>();

    void apply(Object event) {
        if (event instanceof ServiceTicketRegisteredEvent registered) {
            model = registered.product().model();
            openTickets.add(registered.ticketId().value());
        } else if (event instanceof ServiceTicketClosedEvent closed) {
            openTickets.remove(closed.ticketId().value());
        } else if (event instanceof RepairOrderLinkedEvent linked) {
            repairOrderOpened(linked.repairOrderId().value());
        } else if (event instanceof RepairOrderOpenedEvent opened) {
            model = opened.model();
            repairOrderOpened(opened.repairOrderId().value());
        } else if (event instanceof RepairOrderCompletedEvent completed) {
            model = completed.model();
            openRepairOrders.remove(completed.repairOrderId().value());
            completedRepairs.add(completed.repairOrderId().value());
            extendWarranty(completed.warrantyExtendedUntil());
        } else if (event instanceof RepeatRepairDetectedEvent repeat) {
            repeats.add(repeat.repairOrderId().value() + "/"
                    + repeat.earlierRepairOrderId().value());
            openReviews.add(repeat.qualityReviewId().value());
        } else if (event instanceof SerialRegisteredEvent registered) {
            model = registered.model();
        } else if (event instanceof QualityReviewDecidedEvent decided) {
            reviewDecided(decided.reviewId().value(), decided.cause() == QualityCause.ENGINEER);
        } else if (event instanceof QualityReviewDecisionRevisedEvent revised) {
            reviewDecided(revised.reviewId().value(), revised.cause() == QualityCause.ENGINEER);
        } else if (event instanceof PenaltyImposedEvent imposed) {
            penaltiesInForce.add(imposed.penaltyId().value());
        } else if (event instanceof PenaltyRevokedEvent revoked) {
            penaltiesInForce.remove(revoked.penaltyId().value());
        }
    }

    private void repairOrderOpened(String repairOrderId) {
        if (!completedRepairs.contains(repairOrderId)) {
            openRepairOrders.add(repairOrderId);
        }
    }

    private void reviewDecided(String reviewId, boolean engineerCause) {
        openReviews.remove(reviewId);
        if (engineerCause) {
            engineerCauses.add(reviewId);
        } else {
            engineerCauses.remove(reviewId);
        }
    }

    UnitStateView snapshot() {
        return new UnitStateView(
                model,
                warrantyExtendedUntil,
                new ArrayList<>(openTickets),
                new ArrayList<>(openRepairOrders),
                completedRepairs.size(),
                repeats.size(),
                openReviews.size(),
                engineerCauses.size(),
                penaltiesInForce.size());
    }

    private void extendWarranty(LocalDate until) {
        if (until != null && (warrantyExtendedUntil == null || until.isAfter(warrantyExtendedUntil))) {
            warrantyExtendedUntil = until;
        }
    }
}
