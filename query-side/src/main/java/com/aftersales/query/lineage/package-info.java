/** The lineage of a serial number: which aggregates belong to it, and their events read from the store. */
package com.aftersales.query.lineage;
