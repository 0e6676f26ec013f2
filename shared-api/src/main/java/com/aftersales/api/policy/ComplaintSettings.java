package com.aftersales.api.policy;

/** C4: feedback to the customer within this many working days of a complaint's registration. */
public record ComplaintSettings(int feedbackWorkingDays) {}
