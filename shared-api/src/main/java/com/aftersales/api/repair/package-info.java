/** Repair orders (维修单), RULES R1–R14: commands, events, queries and views. */
package com.aftersales.api.repair;
