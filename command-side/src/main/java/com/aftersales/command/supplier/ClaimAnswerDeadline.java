package com.aftersales.command.supplier;

import java.time.LocalDate;

/** Payload of the persistent deadline that follows up a claim's answer (R3): the day it was due by. */
record ClaimAnswerDeadline(LocalDate answerDueBy) {
    static final String NAME = "supplier-claim-answer-due";
}
