package com.aftersales.api.expense;

import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.api.penalty.EvidenceRef;
import java.util.List;

/**
 * X5, S3: one piece of a flag's evidence and what it names: the recorded events (a dispatch, a
 * ticket, a policy version, a phone-duty failure) with who, role and when, or, for another claim,
 * its lines with the same invoice. {@code resolved} is false when it names nothing recorded.
 */
public record ExpenseEvidenceView(
        EvidenceRef ref, boolean resolved, List<HistoryEntryView> facts, List<ExpenseInvoiceUseView> invoiceUses) {
    public ExpenseEvidenceView {
        facts = List.copyOf(facts);
        invoiceUses = List.copyOf(invoiceUses);
    }
}
