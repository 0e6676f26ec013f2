/** A serial number's lineage for the quality manager: the API and the page that steps through it (S4, R12, R13, P2). */
package com.aftersales.app.lineage;
