package com.aftersales.command.faultcategory;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.faultcategory.DefineFaultCategoryCommand;
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
import com.aftersales.api.repair.FaultType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RULES R3 on the {@link FaultCategoryList}: the maintained list a diagnosis chooses its fault
 * category from. Codes are unique and never reused; a category is renamed, retired (kept for the
 * diagnoses that chose it) and reinstated, never removed.
 */
class FaultCategoryListTest {
    private static final FaultCategoryDefinedEvent SPINDLE =
            new FaultCategoryDefinedEvent("SPINDLE", "主轴", "Spindle", FaultType.HARDWARE, true);

    private AggregateTestFixture<FaultCategoryList> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FaultCategoryList.class);
    }

    @Test
    void theFirstDefinitionCreatesTheListWithTheCategoryActive_R3() {
        fixture.givenNoPriorActivity()
                .when(new DefineFaultCategoryCommand("SPINDLE", " 主轴 ", " Spindle ", FaultType.HARDWARE, true))
                .expectSuccessfulHandlerExecution()
                .expectEvents(SPINDLE)
                .expectState(list -> assertThat(list).isNotNull());
    }

    @Test
    void theListIsOneForTheWholeCompany_R3() {
        assertThat(define("A").listId())
                .isEqualTo(new RenameFaultCategoryCommand("A", "甲", "A").listId())
                .isEqualTo(new RetireFaultCategoryCommand("A", "r").listId())
                .isEqualTo(new ReinstateFaultCategoryCommand("A", "r").listId())
                .isEqualTo(new RecordDefaultFaultCategoriesCommand(List.of()).listId())
                .isEqualTo(FaultCategoryListId.THE_LIST);
        assertThat(FaultCategoryListId.THE_LIST).hasToString("fault-category-list");
    }

    @Test
    void aSecondCategoryJoinsTheList_R3() {
        fixture.given(SPINDLE)
                .when(new DefineFaultCategoryCommand("LIQUID_DAMAGE", "进液", "Liquid damage", FaultType.MISUSE, false))
                .expectEvents(
                        new FaultCategoryDefinedEvent("LIQUID_DAMAGE", "进液", "Liquid damage", FaultType.MISUSE, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "spindle", "SPIN-DLE", "主轴", "SPINDLE ", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"})
    void aCodeOfOtherThanUpperCaseLettersDigitsAndUnderscoresUpTo32IsRefused_R3(String code) {
        fixture.givenNoPriorActivity()
                .when(define(code))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_CODE_INVALID))
                .expectNoEvents();
    }

    @Test
    void aNullCodeIsRefused_R3() {
        fixture.givenNoPriorActivity()
                .when(define(null))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_CODE_INVALID))
                .expectNoEvents();
    }

    @Test
    void aCodeOf32CharactersIsAccepted_R3() {
        String code = "ABCDEFGHIJKLMNOPQRSTUVWXYZ_01234";
        fixture.givenNoPriorActivity()
                .when(define(code))
                .expectEvents(new FaultCategoryDefinedEvent(code, "名称", "Name", FaultType.HARDWARE, false));
    }

    @Test
    void bothNamesAreRequired_R3() {
        fixture.givenNoPriorActivity()
                .when(new DefineFaultCategoryCommand("X", " ", "Name", FaultType.HARDWARE, false))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_NAME_REQUIRED))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new DefineFaultCategoryCommand("X", "名称", null, FaultType.HARDWARE, false))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_NAME_REQUIRED))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new DefineFaultCategoryCommand("X", null, "Name", FaultType.HARDWARE, false))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_NAME_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aNameIsAtMost100CharactersAfterTrimming_R3() {
        String hundred = "名".repeat(100);
        fixture.givenNoPriorActivity()
                .when(new DefineFaultCategoryCommand("X", " " + hundred + " ", "Name", FaultType.HARDWARE, false))
                .expectEvents(new FaultCategoryDefinedEvent("X", hundred, "Name", FaultType.HARDWARE, false));
        fixture.givenNoPriorActivity()
                .when(new DefineFaultCategoryCommand("X", hundred + "名", "Name", FaultType.HARDWARE, false))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_NAME_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aCodeIsDefinedOnceEvenAfterItIsRetired_R3() {
        fixture.given(SPINDLE, new FaultCategoryRetiredEvent("SPINDLE", "并入 SERVO_DRIVE"))
                .when(define("SPINDLE"))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_ALREADY_DEFINED))
                .expectNoEvents();
    }

    @Test
    void aRenameKeepsTheEarlierNamesInTheEvent_R3() {
        fixture.given(SPINDLE)
                .when(new RenameFaultCategoryCommand("SPINDLE", " 主轴/轴承 ", "Spindle and bearing"))
                .expectEvents(
                        new FaultCategoryRenamedEvent("SPINDLE", "主轴/轴承", "Spindle and bearing", "主轴", "Spindle"));
    }

    @Test
    void aSecondRenameNamesTheFirstRenamesNamesAsEarlier_R3() {
        fixture.given(
                        SPINDLE,
                        new FaultCategoryRenamedEvent("SPINDLE", "主轴/轴承", "Spindle and bearing", "主轴", "Spindle"))
                .when(new RenameFaultCategoryCommand("SPINDLE", "主轴", "Spindle"))
                .expectEvents(
                        new FaultCategoryRenamedEvent("SPINDLE", "主轴", "Spindle", "主轴/轴承", "Spindle and bearing"));
    }

    @Test
    void changingOnlyOneNameIsARename_R3() {
        fixture.given(SPINDLE)
                .when(new RenameFaultCategoryCommand("SPINDLE", "主轴", "Main spindle"))
                .expectEvents(new FaultCategoryRenamedEvent("SPINDLE", "主轴", "Main spindle", "主轴", "Spindle"));
    }

    @Test
    void aRenameToTheSameNamesIsRefused_R3() {
        fixture.given(SPINDLE)
                .when(new RenameFaultCategoryCommand("SPINDLE", " 主轴", "Spindle "))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_NAME_UNCHANGED))
                .expectNoEvents();
    }

    @Test
    void aRenameNeedsBothNames_R3() {
        fixture.given(SPINDLE)
                .when(new RenameFaultCategoryCommand("SPINDLE", "主轴", ""))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_NAME_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void anUnknownCategoryIsNeitherRenamedRetiredNorReinstated_R3() {
        fixture.given(SPINDLE)
                .when(new RenameFaultCategoryCommand("HYDRAULIC", "液压", "Hydraulic"))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_UNKNOWN))
                .expectNoEvents();
        fixture.given(SPINDLE)
                .when(new RetireFaultCategoryCommand("HYDRAULIC", "不再使用"))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_UNKNOWN))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new ReinstateFaultCategoryCommand("HYDRAULIC", "恢复"))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_UNKNOWN))
                .expectNoEvents();
    }

    @Test
    void aRetiredCategoryIsRetiredWithItsReason_R3() {
        fixture.given(SPINDLE)
                .when(new RetireFaultCategoryCommand("SPINDLE", " 并入 SERVO_DRIVE "))
                .expectEvents(new FaultCategoryRetiredEvent("SPINDLE", "并入 SERVO_DRIVE"));
    }

    @Test
    void retiringTwiceIsRefused_R3() {
        fixture.given(SPINDLE, new FaultCategoryRetiredEvent("SPINDLE", "并入"))
                .when(new RetireFaultCategoryCommand("SPINDLE", "again"))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_ALREADY_RETIRED))
                .expectNoEvents();
    }

    @Test
    void aRetirementNeedsAReason_R3() {
        fixture.given(SPINDLE)
                .when(new RetireFaultCategoryCommand("SPINDLE", " "))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_REASON_REQUIRED))
                .expectNoEvents();
        fixture.given(SPINDLE)
                .when(new RetireFaultCategoryCommand("SPINDLE", null))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aRetiredCategoryIsReinstatedWithItsReasonAndCanBeRetiredAgain_R3() {
        fixture.given(SPINDLE, new FaultCategoryRetiredEvent("SPINDLE", "并入"))
                .when(new ReinstateFaultCategoryCommand("SPINDLE", " 拆分回来 "))
                .expectEvents(new FaultCategoryReinstatedEvent("SPINDLE", "拆分回来"));
        fixture.given(
                        SPINDLE,
                        new FaultCategoryRetiredEvent("SPINDLE", "并入"),
                        new FaultCategoryReinstatedEvent("SPINDLE", "拆分回来"))
                .when(new RetireFaultCategoryCommand("SPINDLE", "再次并入"))
                .expectEvents(new FaultCategoryRetiredEvent("SPINDLE", "再次并入"));
    }

    @Test
    void reinstatingAnActiveCategoryIsRefused_R3() {
        fixture.given(SPINDLE)
                .when(new ReinstateFaultCategoryCommand("SPINDLE", "恢复"))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_NOT_RETIRED))
                .expectNoEvents();
    }

    @Test
    void aReinstatementNeedsAReason_R3() {
        fixture.given(SPINDLE, new FaultCategoryRetiredEvent("SPINDLE", "并入"))
                .when(new ReinstateFaultCategoryCommand("SPINDLE", ""))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void theDefaultsGoIntoAnEmptyListAsOneDefinitionEach_R3() {
        fixture.givenNoPriorActivity()
                .when(new RecordDefaultFaultCategoriesCommand(List.of(
                        new FaultCategoryDefinition("SPINDLE", "主轴 ", "Spindle", FaultType.HARDWARE, true),
                        new FaultCategoryDefinition(
                                "SOFTWARE_BUG", "软件缺陷", " Software bug", FaultType.SOFTWARE, false))))
                .expectEvents(
                        SPINDLE,
                        new FaultCategoryDefinedEvent(
                                "SOFTWARE_BUG", "软件缺陷", "Software bug", FaultType.SOFTWARE, false));
    }

    @Test
    void theDefaultsComeTooLateForAListThatHasBegun_R3() {
        fixture.given(SPINDLE)
                .when(new RecordDefaultFaultCategoriesCommand(
                        List.of(new FaultCategoryDefinition("HOUSING", "外壳", "Housing", FaultType.COSMETIC, false))))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_DEFAULTS_TOO_LATE))
                .expectNoEvents();
    }

    @Test
    void defaultsNamingACodeTwiceOrABadOneRecordNothing_R3() {
        fixture.givenNoPriorActivity()
                .when(new RecordDefaultFaultCategoriesCommand(List.of(
                        new FaultCategoryDefinition("HOUSING", "外壳", "Housing", FaultType.COSMETIC, false),
                        new FaultCategoryDefinition("HOUSING", "外壳2", "Housing 2", FaultType.COSMETIC, false))))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_ALREADY_DEFINED))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordDefaultFaultCategoriesCommand(List.of(
                        new FaultCategoryDefinition("HOUSING", "外壳", "Housing", FaultType.COSMETIC, false),
                        new FaultCategoryDefinition("bad", "坏", "Bad", FaultType.COSMETIC, false))))
                .expectException(violationOf(FaultCategoryRule.CATEGORY_CODE_INVALID))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- every rule code proven

    record Scenario(List<Object> given, Object command) {}

    private static final Map<FaultCategoryRule, Scenario> CATALOGUE = new EnumMap<>(Map.of(
            FaultCategoryRule.CATEGORY_CODE_INVALID, new Scenario(List.of(), define("spindle")),
            FaultCategoryRule.CATEGORY_NAME_REQUIRED,
                    new Scenario(List.of(), new DefineFaultCategoryCommand("X", "", "", FaultType.HARDWARE, false)),
            FaultCategoryRule.CATEGORY_ALREADY_DEFINED, new Scenario(List.of(SPINDLE), define("SPINDLE")),
            FaultCategoryRule.CATEGORY_UNKNOWN,
                    new Scenario(List.of(SPINDLE), new RetireFaultCategoryCommand("HOUSING", "r")),
            FaultCategoryRule.CATEGORY_NAME_UNCHANGED,
                    new Scenario(List.of(SPINDLE), new RenameFaultCategoryCommand("SPINDLE", "主轴", "Spindle")),
            FaultCategoryRule.CATEGORY_ALREADY_RETIRED,
                    new Scenario(
                            List.of(SPINDLE, new FaultCategoryRetiredEvent("SPINDLE", "r")),
                            new RetireFaultCategoryCommand("SPINDLE", "r")),
            FaultCategoryRule.CATEGORY_NOT_RETIRED,
                    new Scenario(List.of(SPINDLE), new ReinstateFaultCategoryCommand("SPINDLE", "r")),
            FaultCategoryRule.CATEGORY_REASON_REQUIRED,
                    new Scenario(List.of(SPINDLE), new RetireFaultCategoryCommand("SPINDLE", "")),
            FaultCategoryRule.CATEGORY_DEFAULTS_TOO_LATE,
                    new Scenario(List.of(SPINDLE), new RecordDefaultFaultCategoriesCommand(List.of()))));

    @ParameterizedTest(name = "{0}")
    @EnumSource(FaultCategoryRule.class)
    void everyListRuleIsR3WithACodeOfItsOwn_R3(FaultCategoryRule rule) {
        assertThat(rule.ruleId()).isEqualTo("R3");
        assertThat(rule.code()).isEqualTo(rule.name());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FaultCategoryRule.class)
    void everyRuleCodeHasARefusalScenario_R3(FaultCategoryRule rule) {
        Scenario scenario = CATALOGUE.get(rule);
        assertThat(scenario).as("a refusal scenario for %s", rule).isNotNull();

        fixture.given(scenario.given())
                .when(scenario.command())
                .expectException(violationOf(rule))
                .expectNoEvents();
    }

    private static DefineFaultCategoryCommand define(String code) {
        return new DefineFaultCategoryCommand(code, "名称", "Name", FaultType.HARDWARE, false);
    }
}
