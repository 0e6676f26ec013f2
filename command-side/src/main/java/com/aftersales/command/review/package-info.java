/**
 * Engineer reviews (E2, S2), the command side: an engineer's dispute of one item of their review,
 * and the decision on it by a supervisor or manager who is not that engineer.
 */
package com.aftersales.command.review;
