package com.aftersales.api.faultcategory;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R3: the starting list, recorded once by the system at the first start, all in one transaction:
 * a category each, or none if the list has begun (a second node starting at the same time, or a
 * list someone already keeps).
 */
public record RecordDefaultFaultCategoriesCommand(List<FaultCategoryDefinition> categories) {
    public RecordDefaultFaultCategoriesCommand {
        categories = List.copyOf(categories);
    }

    @TargetAggregateIdentifier
    public FaultCategoryListId listId() {
        return FaultCategoryListId.THE_LIST;
    }
}
