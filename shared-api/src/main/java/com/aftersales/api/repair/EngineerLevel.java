package com.aftersales.api.repair;

/** R5: the level of the engineer whose hourly rate a quote's labour is priced at. */
public enum EngineerLevel {
    JUNIOR,
    SENIOR,
    EXPERT
}
