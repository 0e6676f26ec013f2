/**
 * Supplier claims (供应商索赔, R3) on the command side: the {@link
 * com.aftersales.command.supplier.SupplierClaim} aggregate and the working-day count of its wait
 * for the supplier's answer.
 */
package com.aftersales.command.supplier;
