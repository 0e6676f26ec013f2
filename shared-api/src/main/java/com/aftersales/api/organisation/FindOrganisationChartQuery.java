package com.aftersales.api.organisation;

/** T8: every reporting line of the chart, by person. Answered with a list of {@link ReportingLineView}. */
public record FindOrganisationChartQuery() {}
