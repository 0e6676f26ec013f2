package com.aftersales.api.quality;

import java.util.List;

/**
 * R13: a PRODUCT cause is fed back to engineering and the supplier: to whom ({@code recipients},
 * e.g. 研发部, the supplier's name) and what was said ({@code notes}).
 */
public record ProductFeedback(List<String> recipients, String notes) {
    public ProductFeedback {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
