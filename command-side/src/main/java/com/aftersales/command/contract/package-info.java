/**
 * Service contracts (T13): the {@link com.aftersales.command.contract.ServiceContract} aggregate,
 * its rule catalogue, the command-side lookup table of covered units ({@code contract_coverage})
 * and the lookup the ticket intake asks ({@link com.aftersales.command.contract.ContractCoverage}).
 */
package com.aftersales.command.contract;
