package com.aftersales.api.faultcategory;

/**
 * R3: the list by code; the retired categories too when {@code includeRetired}. Answered with a
 * list of {@link FaultCategoryView}.
 */
public record FindFaultCategoriesQuery(boolean includeRetired) {}
