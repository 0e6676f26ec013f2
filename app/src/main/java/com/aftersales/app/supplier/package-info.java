/**
 * Supplier claims (供应商索赔, R3) in the application: its beans, its API ({@code
 * /api/supplier-claims}) and its pages ({@code /supplier-claims}).
 */
package com.aftersales.app.supplier;
