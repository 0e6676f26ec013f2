package com.aftersales.api.faultcategory;

import java.util.Objects;

/**
 * Identity of the fault-category list. There is one list for the whole company, so its commands
 * carry no id of their own and are routed to {@link #THE_LIST}; its categories are told apart by
 * their codes inside it.
 */
public record FaultCategoryListId(String value) {
    public static final FaultCategoryListId THE_LIST = new FaultCategoryListId("fault-category-list");

    public FaultCategoryListId {
        Objects.requireNonNull(value, "fault category list id");
    }

    @Override
    public String toString() {
        return value;
    }
}
