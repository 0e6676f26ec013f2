/** The working-day calendar over HTTP (W1, W2), its beans and its queries. */
package com.aftersales.app.calendar;
