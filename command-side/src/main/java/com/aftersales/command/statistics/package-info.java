/**
 * Monthly reports (M3), the command side: one report per month, issued on the 5th by the system or
 * earlier by a MANAGER, and restated only as a new version with its reason.
 */
package com.aftersales.command.statistics;
