package com.aftersales.command.faultcategory;

import com.aftersales.command.repair.FaultCategories;
import java.util.Optional;

/**
 * The fault-category list as the command side reads it, as committed (R3): what a new diagnosis may
 * choose ({@link #isActive}), whether a category names a core component (R9 counts the same core
 * component failing again), and a category's fault type. A retired category is still found: old
 * diagnoses, and the supplier claims opened from them, keep it.
 */
public interface FaultCategoryLookup extends FaultCategories {

    /** The category {@code code}, active or retired; empty when the list never had it. */
    Optional<FaultCategoryEntry> find(String code);

    /** Whether {@code code} is on the list and not retired: a new diagnosis may choose it. */
    @Override
    default boolean isActive(String code) {
        return find(code).map(FaultCategoryEntry::active).orElse(false);
    }

    /**
     * R9: whether {@code code} names a core component (retired or not, as the diagnosis that chose
     * it recorded it); false for a code the list never had.
     */
    default boolean isCoreComponent(String code) {
        return find(code).map(FaultCategoryEntry::coreComponent).orElse(false);
    }

    /** Whether the list has ever had {@code code}, active or retired. */
    default boolean isKnown(String code) {
        return find(code).isPresent();
    }
}
