/** The organisation chart (T8): who escalates to whom, and its command-side lookup table. */
package com.aftersales.command.organisation;
