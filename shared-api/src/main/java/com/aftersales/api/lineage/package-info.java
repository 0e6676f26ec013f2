/**
 * The lineage of a serial number (S4, R12, R13, P2): every event of every ticket, repair order,
 * review and penalty of one unit, in the order they were recorded, with the unit's state after each.
 */
package com.aftersales.api.lineage;
