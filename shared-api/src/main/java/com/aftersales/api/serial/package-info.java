/** The serial registry (R2): a unit's model, sale, activation and delivery dates, and its warranty. */
package com.aftersales.api.serial;
