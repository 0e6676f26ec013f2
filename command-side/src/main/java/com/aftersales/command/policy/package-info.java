/**
 * The company policy: every number of the business rules as settings with versions, and the
 * command-side lookup table that tells other aggregates which version is in force.
 */
package com.aftersales.command.policy;
