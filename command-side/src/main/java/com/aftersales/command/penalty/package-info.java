/** Penalties (处罚, P1–P3, S2): proposed with evidence, decided by a MANAGER, appealed and revoked, never deleted. */
package com.aftersales.command.penalty;
