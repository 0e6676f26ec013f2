/** The key-customer visit board (T11): {@link com.aftersales.query.visit.KeyCustomerVisitProjection}. */
package com.aftersales.query.visit;
