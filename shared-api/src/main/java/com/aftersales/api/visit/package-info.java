/**
 * The key-customer visit plan (T11, second half): key customers (重点客户) are visited at least
 * every six months, the first time within six months of delivery (docs/domain/key-customer-visits.md).
 */
package com.aftersales.api.visit;
