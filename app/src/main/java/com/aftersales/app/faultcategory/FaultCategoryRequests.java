package com.aftersales.app.faultcategory;

import com.aftersales.api.faultcategory.DefineFaultCategoryCommand;
import com.aftersales.api.faultcategory.FaultCategoryCodes;
import com.aftersales.api.faultcategory.RenameFaultCategoryCommand;
import com.aftersales.api.repair.FaultType;
import com.aftersales.app.web.InvalidFieldException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** R3: the bodies of the fault-category list's requests, shared by the API and the admin page. */
final class FaultCategoryRequests {
    private FaultCategoryRequests() {}

    /** A new category: its code is kept for ever. */
    record DefineCategoryRequest(
            @NotNull @Pattern(regexp = FaultCategoryCodes.REGEX, message = "1..32 upper-case letters, digits or _")
            String code,

            @NotBlank @Size(max = 100) String nameZh,
            @NotBlank @Size(max = 100) String nameEn,
            @NotNull FaultType faultType,
            boolean coreComponent) {

        DefineFaultCategoryCommand toCommand() {
            return new DefineFaultCategoryCommand(code, nameZh, nameEn, faultType, coreComponent);
        }
    }

    record RenameCategoryRequest(
            @NotBlank @Size(max = 100) String nameZh,
            @NotBlank @Size(max = 100) String nameEn) {
        RenameFaultCategoryCommand toCommand(String code) {
            return new RenameFaultCategoryCommand(code, nameZh, nameEn);
        }
    }

    /** Why a category is retired or reinstated. */
    record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {}

    /** A code in a path names a category only if it is written as codes are. */
    static String code(String code) {
        if (!FaultCategoryCodes.isWellFormed(code)) {
            throw new InvalidFieldException("code", code + " is no fault category code");
        }
        return code;
    }
}
