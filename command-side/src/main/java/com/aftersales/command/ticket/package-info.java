/** Service tickets (RULES T1–T12): the aggregate, its intake handler, ticket numbers (T4) and SLA policy (T3). */
package com.aftersales.command.ticket;
