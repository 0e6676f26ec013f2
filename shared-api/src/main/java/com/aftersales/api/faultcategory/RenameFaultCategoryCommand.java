package com.aftersales.api.faultcategory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R3: new names for a category; its code, fault type and core-component flag stay. */
public record RenameFaultCategoryCommand(String code, String nameZh, String nameEn) {
    @TargetAggregateIdentifier
    public FaultCategoryListId listId() {
        return FaultCategoryListId.THE_LIST;
    }
}
