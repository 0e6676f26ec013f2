/** The organisation chart as people read it (T8): who escalates to whom. */
package com.aftersales.query.organisation;
