/**
 * Complaints (客户投诉处理单, C1–C5, S2, P1): the complaint aggregate, its feedback deadline in working
 * days of the company calendar, and the command-side lookup of each unit's repeat-repair reviews.
 */
package com.aftersales.command.complaint;
