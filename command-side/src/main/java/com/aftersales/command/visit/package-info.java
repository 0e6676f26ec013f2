/** The key-customer visit plan (T11, second half): {@link com.aftersales.command.visit.KeyCustomerVisitPlan}. */
package com.aftersales.command.visit;
