package com.aftersales.api.organisation;

import java.time.Instant;

/** One line of the organisation chart: whom {@code personId} escalates to, since when. */
public record ReportingLineView(String personId, String superiorId, Instant since, long chartVersion) {}
