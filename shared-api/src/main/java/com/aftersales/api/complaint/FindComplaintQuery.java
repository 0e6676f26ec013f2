package com.aftersales.api.complaint;

import java.util.Objects;

/**
 * One complaint with every step's text and every fact of it (C2–C5, S3). Answered with a {@link
 * ComplaintView}, or null when there is no such complaint.
 */
public record FindComplaintQuery(ComplaintId complaintId) {
    public FindComplaintQuery {
        Objects.requireNonNull(complaintId, "complaintId");
    }
}
