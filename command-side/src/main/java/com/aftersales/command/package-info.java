/** The command side: aggregates decide what may happen (RULES.md) and record it as events. */
package com.aftersales.command;
