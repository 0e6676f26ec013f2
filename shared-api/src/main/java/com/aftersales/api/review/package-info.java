/**
 * Engineer performance reviews (绩效考核, E1–E3): the four dimensions, the review of a period with its
 * scores and rank, the penalties of the period, and an engineer's dispute of one item with the
 * supervisor's decision on it.
 */
package com.aftersales.api.review;
