package com.aftersales.api.faultcategory;

import com.aftersales.api.repair.FaultType;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R3: add a category to the list: its code (kept for ever), its names in Chinese and English, the
 * fault type it belongs to and whether it names a core component (R9 counts repeated failures of
 * a core component).
 */
public record DefineFaultCategoryCommand(
        String code, String nameZh, String nameEn, FaultType faultType, boolean coreComponent) {
    public DefineFaultCategoryCommand {
        Objects.requireNonNull(faultType, "faultType");
    }

    @TargetAggregateIdentifier
    public FaultCategoryListId listId() {
        return FaultCategoryListId.THE_LIST;
    }
}
