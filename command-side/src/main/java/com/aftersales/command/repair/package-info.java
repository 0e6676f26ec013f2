/** Repair orders (维修单), RULES R1–R14, on the command side. */
package com.aftersales.command.repair;
