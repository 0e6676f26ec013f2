/**
 * Service tickets (RULES T1–T12): the aggregate and its entities (engagement, logistics case,
 * difficult case, loaner), its rule codes, intake handler, ticket numbers (T4) and SLA policy (T3).
 */
package com.aftersales.command.ticket;
