/**
 * Complaints (投诉, C1–C5): the complaint form, its review, handling, customer feedback and
 * archive, and the penalty a serious service fault proposes (P1). Commands, events and queries.
 */
package com.aftersales.api.complaint;
