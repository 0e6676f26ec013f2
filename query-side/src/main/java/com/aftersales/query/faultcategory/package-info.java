/** The fault-category list (R3) as people read it. */
package com.aftersales.query.faultcategory;
