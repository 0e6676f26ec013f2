/**
 * Supplier claims (供应商索赔, RULES R3): a fault caused by a bought-in part or an outsourced product
 * is claimed from its supplier through purchasing and followed to its outcome. Commands, events,
 * queries and views.
 */
package com.aftersales.api.supplier;
