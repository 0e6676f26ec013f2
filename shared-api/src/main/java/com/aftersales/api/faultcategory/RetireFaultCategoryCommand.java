package com.aftersales.api.faultcategory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R3: a category no new diagnosis may choose; the diagnoses that chose it keep it. */
public record RetireFaultCategoryCommand(String code, String reason) {
    @TargetAggregateIdentifier
    public FaultCategoryListId listId() {
        return FaultCategoryListId.THE_LIST;
    }
}
