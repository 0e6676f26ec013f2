package com.aftersales.api.contract;

import com.aftersales.api.common.CustomerId;
import java.time.LocalDate;

/**
 * T13: the contracts of {@code customerId} (every customer when null) whose period includes {@code
 * activeOn} (any period when null), by contract number. Answered with a list of {@link
 * ServiceContractView}.
 */
public record FindServiceContractsQuery(CustomerId customerId, LocalDate activeOn) {}
