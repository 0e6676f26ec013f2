package com.aftersales.api.penalty;

import com.aftersales.api.common.UserId;

/**
 * P2: the penalty register, newest proposal first; {@code engineerId} null: everyone's, else only
 * the penalties about that person. Answered with a list of {@link PenaltySummaryView}.
 */
public record FindPenaltyRegisterQuery(UserId engineerId) {}
