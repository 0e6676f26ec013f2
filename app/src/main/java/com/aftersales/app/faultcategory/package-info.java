/**
 * The fault-category list (故障分类, R3) in the application: its beans, its starting defaults
 * recorded at the first start, its API ({@code /api/fault-categories}) and its admin page.
 */
package com.aftersales.app.faultcategory;
