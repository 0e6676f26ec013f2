package com.aftersales.command.parts;

import com.aftersales.command.common.RuleCode;

/**
 * Every way a {@link PartsRequisition} (or its issue and return, {@link PartsIssuance}) refuses a
 * command: R11's steps requested → approved → issued → returned → written off, in that order, and
 * S2's segregation (nobody approves their own requisition).
 */
public enum RequisitionRule implements RuleCode {
    /** A requisition asks for at least one part. */
    REQUISITION_EMPTY("R11", "REQUISITION_EMPTY"),
    /** Each line names a part number, one unit or more, and the reason it is needed. */
    REQUISITION_LINE_INVALID("R11", "REQUISITION_LINE_INVALID"),
    /** One line per part, so what was issued and returned of a part is never ambiguous. */
    REQUISITION_DUPLICATE_PART("R11", "REQUISITION_DUPLICATE_PART"),
    /** Only a requisition that was requested and not yet approved can be approved. */
    REQUISITION_NOT_AWAITING_APPROVAL("R11", "REQUISITION_NOT_AWAITING_APPROVAL"),
    /** S2: nobody approves their own requisition. */
    REQUISITION_APPROVED_BY_REQUESTER("S2", "REQUISITION_APPROVED_BY_REQUESTER"),
    /** Parts are issued once, and only after approval. */
    REQUISITION_NOT_APPROVED("R11", "REQUISITION_NOT_APPROVED"),
    /** A part that was never received has no stock to issue from. */
    PART_NOT_STOCKED("R11", "PART_NOT_STOCKED"),
    /** Returns and the write-off come after the issue, and nothing follows the write-off. */
    REQUISITION_NOT_ISSUED("R11", "REQUISITION_NOT_ISSUED"),
    /** A return names at least one part, each once, one unit or more. */
    RETURN_INVALID("R11", "RETURN_INVALID"),
    /** Only what was issued, less what already came back, can be returned. */
    RETURN_EXCEEDS_ISSUED("R11", "RETURN_EXCEEDS_ISSUED");

    private final String ruleId;
    private final String code;

    RequisitionRule(String ruleId, String code) {
        this.ruleId = ruleId;
        this.code = code;
    }

    @Override
    public String ruleId() {
        return ruleId;
    }

    @Override
    public String code() {
        return code;
    }
}
