/** HTTP and pages of penalties (P1–P3, S2): proposals, a MANAGER's decisions, appeals, revocations, the register. */
package com.aftersales.app.penalty;
