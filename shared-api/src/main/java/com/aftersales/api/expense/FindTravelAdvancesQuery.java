package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;

/** X9: advances newest first, of one engineer and one status if given (null: any). */
public record FindTravelAdvancesQuery(UserId engineerId, TravelAdvanceStatus status) {}
