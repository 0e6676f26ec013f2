package com.aftersales.command.repair;

/**
 * R3: the maintained list of fault categories (故障分类) a diagnosis chooses from, as the command
 * side reads it. A retired category is kept for the diagnoses that used it but is not offered again.
 */
public interface FaultCategories {
    /** Whether {@code code} names a category that a new diagnosis may use now. */
    boolean isActive(String code);
}
