package com.aftersales.command.ticket;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Payload of the T6 installation deadline: the contract's deadline date and the instant it ends
 * (the start of the following day in the company's zone). The date tells, when it fires, whether
 * a reassignment has since replaced this deadline with another.
 */
record InstallationDeadline(LocalDate contractDeadline, Instant dueAt) {
    static final String NAME = "installation-due";
}
