/**
 * Engineer reviews (E1–E3) as people read them: the facts of every metric per engineer and month,
 * their monthly sums, the disputes, and the scores, total and rank of a period.
 */
package com.aftersales.query.review;
