/** The command side: aggregates decide what may happen (docs/domain/) and record it as events. */
package com.aftersales.command;
