package com.aftersales.api.faultcategory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R3: a retired category is offered to new diagnoses again. */
public record ReinstateFaultCategoryCommand(String code, String reason) {
    @TargetAggregateIdentifier
    public FaultCategoryListId listId() {
        return FaultCategoryListId.THE_LIST;
    }
}
