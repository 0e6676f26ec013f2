/**
 * The benchmark's workload: a seeded, realistic after-sales history (tickets, dispatches, repairs
 * with repeats, complaints, expense claims with some fraudulent lines, issued months) sent through
 * the command gateway with each acting user's metadata, and the in-process probes of the
 * benchmark. Off unless {@code ledger.workload.events} is set (docs/performance.md).
 */
package com.aftersales.app.workload;
