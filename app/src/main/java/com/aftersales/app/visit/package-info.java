/** HTTP and wiring of the key-customer visit plan (T11, second half): {@code /api/key-customers}. */
package com.aftersales.app.visit;
