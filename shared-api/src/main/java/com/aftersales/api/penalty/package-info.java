/** Penalties (处罚), RULES P1–P3 and S2: commands, events, queries and views. */
package com.aftersales.api.penalty;
