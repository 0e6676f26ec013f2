/**
 * Company settings as events: every number of the business rules (T3, T10, R2, R4, R6, R12, C4,
 * X5) is a setting of one company policy, and each change is a new numbered version.
 */
package com.aftersales.api.policy;
