package com.aftersales.command.faultcategory;

import com.aftersales.command.common.RuleCode;

/**
 * Every way the {@link FaultCategoryList} refuses a command. All belong to R3: a diagnosis chooses
 * its fault category from a maintained list, so the list keeps codes unique and stable, and a
 * category leaves it only by being retired.
 */
public enum FaultCategoryRule implements RuleCode {
    /** Upper-case letters, digits and underscores, at most 32: the code is stored with every diagnosis. */
    CATEGORY_CODE_INVALID("R3", "CATEGORY_CODE_INVALID"),
    /** Both names, Chinese and English, each at most 100 characters: the pages show one or the other. */
    CATEGORY_NAME_REQUIRED("R3", "CATEGORY_NAME_REQUIRED"),
    /** A code is defined once and never reused, so an old diagnosis never changes meaning. */
    CATEGORY_ALREADY_DEFINED("R3", "CATEGORY_ALREADY_DEFINED"),
    CATEGORY_UNKNOWN("R3", "CATEGORY_UNKNOWN"),
    /** A rename to the names it has would record a change that did not happen. */
    CATEGORY_NAME_UNCHANGED("R3", "CATEGORY_NAME_UNCHANGED"),
    CATEGORY_ALREADY_RETIRED("R3", "CATEGORY_ALREADY_RETIRED"),
    CATEGORY_NOT_RETIRED("R3", "CATEGORY_NOT_RETIRED"),
    /** Why a category is retired or reinstated: the list is a setting people rely on. */
    CATEGORY_REASON_REQUIRED("R3", "CATEGORY_REASON_REQUIRED"),
    /** The starting defaults are recorded into an empty list only, once. */
    CATEGORY_DEFAULTS_TOO_LATE("R3", "CATEGORY_DEFAULTS_TOO_LATE");

    private final String ruleId;
    private final String code;

    FaultCategoryRule(String ruleId, String code) {
        this.ruleId = ruleId;
        this.code = code;
    }

    @Override
    public String ruleId() {
        return ruleId;
    }

    @Override
    public String code() {
        return code;
    }

    static void require(boolean condition, FaultCategoryRule rule, String message) {
        RuleCode.require(condition, rule, message);
    }
}
