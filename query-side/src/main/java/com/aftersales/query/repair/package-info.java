/** Repair orders as people read them (R1–R14): lists, queues and one order's detail. */
package com.aftersales.query.repair;
