package com.aftersales.api.faultcategory;

import org.axonframework.serialization.Revision;

/** R3: {@code code} has new names; the earlier ones are kept here for the timeline. */
@Revision("1")
public record FaultCategoryRenamedEvent(
        String code, String nameZh, String nameEn, String previousNameZh, String previousNameEn) {}
