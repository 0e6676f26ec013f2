/** The quality review queue, each review's page and the repeat-repair rates (R12, R13). */
package com.aftersales.query.quality;
