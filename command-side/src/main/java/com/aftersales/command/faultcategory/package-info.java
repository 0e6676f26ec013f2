/**
 * The fault-category list (故障分类, R3) on the command side: the {@link
 * com.aftersales.command.faultcategory.FaultCategoryList} aggregate, its lookup table and the
 * reader the repair order and the supplier claim ask ({@link
 * com.aftersales.command.faultcategory.FaultCategoryLookup}).
 */
package com.aftersales.command.faultcategory;
