/**
 * The maintained list of fault categories (故障分类, RULES R3) a diagnosis chooses from: commands,
 * events, queries and views. One list for the whole company ({@link FaultCategoryListId#THE_LIST}).
 */
package com.aftersales.api.faultcategory;
