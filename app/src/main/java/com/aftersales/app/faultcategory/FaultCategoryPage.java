package com.aftersales.app.faultcategory;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.QUALITY;

import com.aftersales.api.faultcategory.FaultCategoryView;
import com.aftersales.api.faultcategory.FindFaultCategoriesQuery;
import com.aftersales.api.faultcategory.ReinstateFaultCategoryCommand;
import com.aftersales.api.faultcategory.RetireFaultCategoryCommand;
import com.aftersales.api.repair.FaultType;
import com.aftersales.app.faultcategory.FaultCategoryRequests.DefineCategoryRequest;
import com.aftersales.app.faultcategory.FaultCategoryRequests.ReasonRequest;
import com.aftersales.app.faultcategory.FaultCategoryRequests.RenameCategoryRequest;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.FormErrors;
import com.aftersales.app.ui.ReadYourWrites;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fault-category list's admin page (R3): every category with its state, and for administrators
 * and quality the forms that define, rename, retire and reinstate one. They send the commands of
 * {@link FaultCategoryController} from the same request records. The define form shows a refusal
 * next to its fields; a row's form, which has no room for that, says it above the list.
 */
@WebPage
class FaultCategoryPage {
    static final String PATH = "/admin/fault-categories";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final FormErrors forms;
    private final RuleMessages messages;

    FaultCategoryPage(CommandGateway commands, QueryGateway queries, FormErrors forms, RuleMessages messages) {
        this.commands = commands;
        this.queries = queries;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping(PATH)
    @AllowedRoles({ADMIN, QUALITY})
    String list(Model model) {
        model.addAttribute("defineCategory", new DefineCategoryRequest(null, null, null, FaultType.HARDWARE, false));
        return page(model);
    }

    @PostMapping(PATH)
    @AllowedRoles({ADMIN, QUALITY})
    String define(
            @Valid @ModelAttribute("defineCategory") DefineCategoryRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        if (!forms.submit(binding, () -> commands.sendAndWait(form.toCommand()))) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("refused", "defineCategory");
            return page(model);
        }
        awaitShown(form.code(), category -> true);
        flash.addFlashAttribute("flash", messages.text("faultCategories.flash.defined", form.code()));
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{code}/name")
    @AllowedRoles({ADMIN, QUALITY})
    String rename(
            @PathVariable String code,
            @Valid @ModelAttribute("renameCategory") RenameCategoryRequest form,
            BindingResult binding,
            RedirectAttributes flash) {
        String category = FaultCategoryRequests.code(code);
        return rowAction(
                binding,
                flash,
                () -> commands.sendAndWait(form.toCommand(category)),
                category,
                shown -> form.nameZh().strip().equals(shown.nameZh())
                        && form.nameEn().strip().equals(shown.nameEn()),
                "faultCategories.flash.renamed");
    }

    @PostMapping(PATH + "/{code}/retirement")
    @AllowedRoles({ADMIN, QUALITY})
    String retire(
            @PathVariable String code,
            @Valid @ModelAttribute("retireCategory") ReasonRequest form,
            BindingResult binding,
            RedirectAttributes flash) {
        String category = FaultCategoryRequests.code(code);
        return rowAction(
                binding,
                flash,
                () -> commands.sendAndWait(new RetireFaultCategoryCommand(category, form.reason())),
                category,
                shown -> !shown.active(),
                "faultCategories.flash.retired");
    }

    @PostMapping(PATH + "/{code}/reinstatement")
    @AllowedRoles({ADMIN, QUALITY})
    String reinstate(
            @PathVariable String code,
            @Valid @ModelAttribute("reinstateCategory") ReasonRequest form,
            BindingResult binding,
            RedirectAttributes flash) {
        String category = FaultCategoryRequests.code(code);
        return rowAction(
                binding,
                flash,
                () -> commands.sendAndWait(new ReinstateFaultCategoryCommand(category, form.reason())),
                category,
                FaultCategoryView::active,
                "faultCategories.flash.reinstated");
    }

    /** A row's form: refused, the reason goes above the list (the field's message, or the rule's). */
    private String rowAction(
            BindingResult binding,
            RedirectAttributes flash,
            Runnable command,
            String code,
            Predicate<FaultCategoryView> shown,
            String flashKey) {
        if (!forms.submit(binding, command)) {
            String reason = binding.getAllErrors().stream()
                    .map(error -> error.getDefaultMessage())
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse("");
            String field = binding.getFieldError() == null
                    ? null
                    : binding.getFieldError().getField();
            flash.addFlashAttribute(
                    "flashError",
                    field == null
                            ? messages.text("faultCategories.refused", code, reason)
                            : messages.text("faultCategories.refusedField", code, field, reason));
            return "redirect:" + PATH;
        }
        awaitShown(code, shown);
        flash.addFlashAttribute("flash", messages.text(flashKey, code));
        return "redirect:" + PATH;
    }

    private String page(Model model) {
        model.addAttribute("categories", categories());
        model.addAttribute("faultTypes", FaultType.values());
        return "supplier/fault-categories";
    }

    private List<FaultCategoryView> categories() {
        return queries.query(
                        new FindFaultCategoriesQuery(true), ResponseTypes.multipleInstancesOf(FaultCategoryView.class))
                .join();
    }

    /** The list the person is sent back to shows the change they just made ({@link ReadYourWrites}). */
    private void awaitShown(String code, Predicate<FaultCategoryView> shown) {
        ReadYourWrites.await(
                () -> categories().stream()
                        .filter(category -> category.code().equals(code))
                        .findFirst()
                        .orElse(null),
                category -> category != null && shown.test(category));
    }
}
