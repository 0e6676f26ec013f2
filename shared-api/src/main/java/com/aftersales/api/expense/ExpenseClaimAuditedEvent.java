package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** X2, X6: finance passed the audit of {@code version}; {@code reimbursable} is what will be paid for it. */
@Revision("1")
public record ExpenseClaimAuditedEvent(
        ExpenseClaimId claimId, int version, UserId auditedBy, BigDecimal reimbursable, String note) {}
