/** HTTP for the organisation chart (T8): reporting lines, changed only by administrators. */
package com.aftersales.app.organisation;
