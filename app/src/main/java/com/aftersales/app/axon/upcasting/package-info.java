/** Upcasters that read stored events of an older revision as the current one (CONVENTIONS 6). */
package com.aftersales.app.axon.upcasting;
