package com.aftersales.command.faultcategory;

import static com.aftersales.command.faultcategory.FaultCategoryRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.faultcategory.DefineFaultCategoryCommand;
import com.aftersales.api.faultcategory.FaultCategoryCodes;
import com.aftersales.api.faultcategory.FaultCategoryDefinedEvent;
import com.aftersales.api.faultcategory.FaultCategoryDefinition;
import com.aftersales.api.faultcategory.FaultCategoryListId;
import com.aftersales.api.faultcategory.FaultCategoryReinstatedEvent;
import com.aftersales.api.faultcategory.FaultCategoryRenamedEvent;
import com.aftersales.api.faultcategory.FaultCategoryRetiredEvent;
import com.aftersales.api.faultcategory.RecordDefaultFaultCategoriesCommand;
import com.aftersales.api.faultcategory.ReinstateFaultCategoryCommand;
import com.aftersales.api.faultcategory.RenameFaultCategoryCommand;
import com.aftersales.api.faultcategory.RetireFaultCategoryCommand;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The company's list of fault categories (R3), one for the whole company, like the organisation
 * chart: the list is small (tens of categories), a code must be unique across all of it, and one
 * aggregate checks that without a lookup. It is created by its first change. A category is never
 * removed: retired, it stays valid for the diagnoses that chose it, and may be reinstated.
 */
@Aggregate
public class FaultCategoryList {
    /** The longest name the pages are laid out for. */
    static final int NAME_LENGTH = 100;

    @AggregateIdentifier
    private FaultCategoryListId listId;

    /** The names of each category by code. */
    private final Map<String, Names> names = new HashMap<>();

    private final Set<String> retired = new HashSet<>();

    private record Names(String zh, String en) {}

    protected FaultCategoryList() {
        // for event sourcing, and for the first change of the list
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DefineFaultCategoryCommand command) {
        requireNewCategory(command.code(), command.nameZh(), command.nameEn());
        apply(new FaultCategoryDefinedEvent(
                command.code(),
                command.nameZh().strip(),
                command.nameEn().strip(),
                command.faultType(),
                command.coreComponent()));
    }

    /** The starting list at the first start, all or nothing, into a list nobody has begun. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordDefaultFaultCategoriesCommand command) {
        require(
                names.isEmpty(),
                FaultCategoryRule.CATEGORY_DEFAULTS_TOO_LATE,
                "R3: the list has " + names.size() + " categories already; the defaults go into an empty list only");
        Set<String> codes = new HashSet<>();
        for (FaultCategoryDefinition category : command.categories()) {
            requireNewCategory(category.code(), category.nameZh(), category.nameEn());
            require(
                    codes.add(category.code()),
                    FaultCategoryRule.CATEGORY_ALREADY_DEFINED,
                    "R3: the defaults name " + category.code() + " twice");
        }
        for (FaultCategoryDefinition category : command.categories()) {
            apply(new FaultCategoryDefinedEvent(
                    category.code(),
                    category.nameZh().strip(),
                    category.nameEn().strip(),
                    category.faultType(),
                    category.coreComponent()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RenameFaultCategoryCommand command) {
        Names before = requireKnown(command.code());
        requireNames(command.nameZh(), command.nameEn());
        Names after = new Names(command.nameZh().strip(), command.nameEn().strip());
        require(
                !after.equals(before),
                FaultCategoryRule.CATEGORY_NAME_UNCHANGED,
                "R3: " + command.code() + " is already named " + before.zh() + " / " + before.en());
        apply(new FaultCategoryRenamedEvent(command.code(), after.zh(), after.en(), before.zh(), before.en()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RetireFaultCategoryCommand command) {
        requireKnown(command.code());
        require(
                !retired.contains(command.code()),
                FaultCategoryRule.CATEGORY_ALREADY_RETIRED,
                "R3: " + command.code() + " is retired already");
        requireReason(command.reason());
        apply(new FaultCategoryRetiredEvent(command.code(), command.reason().strip()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReinstateFaultCategoryCommand command) {
        requireKnown(command.code());
        require(
                retired.contains(command.code()),
                FaultCategoryRule.CATEGORY_NOT_RETIRED,
                "R3: " + command.code() + " is not retired");
        requireReason(command.reason());
        apply(new FaultCategoryReinstatedEvent(command.code(), command.reason().strip()));
    }

    private void requireNewCategory(String code, String nameZh, String nameEn) {
        require(
                FaultCategoryCodes.isWellFormed(code),
                FaultCategoryRule.CATEGORY_CODE_INVALID,
                "R3: a category code is 1..32 upper-case letters, digits or underscores, not " + code);
        requireNames(nameZh, nameEn);
        require(
                !names.containsKey(code),
                FaultCategoryRule.CATEGORY_ALREADY_DEFINED,
                "R3: " + code + " is defined already (codes are never reused)");
    }

    private Names requireKnown(String code) {
        Names known = names.get(code);
        require(known != null, FaultCategoryRule.CATEGORY_UNKNOWN, "R3: no fault category " + code);
        return known;
    }

    private static void requireNames(String nameZh, String nameEn) {
        require(
                isName(nameZh) && isName(nameEn),
                FaultCategoryRule.CATEGORY_NAME_REQUIRED,
                "R3: a category needs a Chinese and an English name of at most " + NAME_LENGTH + " characters");
    }

    private static boolean isName(String name) {
        return name != null && !name.isBlank() && name.strip().length() <= NAME_LENGTH;
    }

    private static void requireReason(String reason) {
        require(
                reason != null && !reason.isBlank(),
                FaultCategoryRule.CATEGORY_REASON_REQUIRED,
                "R3: a reason is required");
    }

    @EventSourcingHandler
    void on(FaultCategoryDefinedEvent event) {
        listId = FaultCategoryListId.THE_LIST;
        names.put(event.code(), new Names(event.nameZh(), event.nameEn()));
    }

    @EventSourcingHandler
    void on(FaultCategoryRenamedEvent event) {
        names.put(event.code(), new Names(event.nameZh(), event.nameEn()));
    }

    @EventSourcingHandler
    void on(FaultCategoryRetiredEvent event) {
        retired.add(event.code());
    }

    @EventSourcingHandler
    void on(FaultCategoryReinstatedEvent event) {
        retired.remove(event.code());
    }
}
