/** Service tickets (售后工单), RULES T1–T12: commands, events, queries and views. */
package com.aftersales.api.ticket;
