/**
 * One application clock for everything that tells the time: the commands' times (controllers),
 * Axon's event and deadline message timestamps and db-scheduler's "is this deadline due" polling.
 * Production runs on {@code Clock.systemUTC()}; tests swap in a clock they can move.
 */
package com.aftersales.app.time;
