/** Supplier claims (R3) as people read them: the list and one claim with its timeline. */
package com.aftersales.query.supplier;
