/** Who did what and when to any aggregate: the audit trail read straight from the event store (S3, S4). */
package com.aftersales.api.history;
