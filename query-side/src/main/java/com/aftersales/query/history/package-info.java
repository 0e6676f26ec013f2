/** Any aggregate's history with who/when, read straight from the event store (S3, S4). */
package com.aftersales.query.history;
