package com.aftersales.command.repair;

import java.time.LocalDate;

/** Payload of an outsourced repair's chase (R7): hand-over, chase number and the day it is due. */
record ChaseDeadline(int handOver, int chase, LocalDate dueOn) {
    static final String NAME = "repair-outsource-chase";
}
