/**
 * The company policy in the app: its lookup table and version 1 at the first start, and HTTP to
 * read it and, for administrators, to change it (settings as events, ADR 0010).
 */
package com.aftersales.app.policy;
