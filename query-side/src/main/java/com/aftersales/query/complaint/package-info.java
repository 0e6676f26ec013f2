/**
 * Complaints as people read them (C1–C5): the register, one complaint with its steps and facts,
 * the periodic analysis and an engineer's complaints.
 */
package com.aftersales.query.complaint;
