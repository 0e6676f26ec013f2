/** Types shared by every feature: typed ids of people and customers, rule violations, actor metadata keys. */
package com.aftersales.api.common;
