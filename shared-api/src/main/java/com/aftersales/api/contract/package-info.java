/**
 * Service contracts (T13): the units a customer's contract covers, its period and its own service
 * terms, which replace the T3 urgency hours for those units.
 */
package com.aftersales.api.contract;
