/** HTTP and pages of quality reviews (R13, S2), and the reactor that opens a review for each detected repeat. */
package com.aftersales.app.quality;
