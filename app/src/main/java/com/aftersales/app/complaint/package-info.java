/**
 * Complaints (C1–C5): the REST API, the web pages, the opening of complaints revealed by callbacks
 * (T11 → C1), and the wiring of the command side's lookups.
 */
package com.aftersales.app.complaint;
