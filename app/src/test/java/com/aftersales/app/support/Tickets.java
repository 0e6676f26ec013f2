package com.aftersales.app.support;

/** Request bodies for the ticket API, as a clerk would send them. */
public final class Tickets {
    private Tickets() {}

    public static String registration(String urgency, String serialNumber) {
        return registration(urgency, serialNumber, "HARDWARE");
    }

    public static String registration(String urgency, String serialNumber, String kind) {
        return """
                {"channel": "PHONE",
                 "customer": {"name": "王先生", "phone": "139 0000 0000"},
                 "proofOfPurchase": {"orderNumber": "SO-%s"},
                 "product": {"model": "CNC-850", "serialNumber": "%s", "kind": "%s", "purchaseDate": "2025-03-01"},
                 "fault": {"description": "主轴异响 spindle noise", "occurredOn": "2026-01-10", "usageContext": "daily production"},
                 "request": "REPAIR", "urgency": "%s"}
                """.formatted(serialNumber, serialNumber, kind, urgency);
    }
}
