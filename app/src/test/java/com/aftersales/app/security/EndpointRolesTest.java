package com.aftersales.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.Role;
import com.aftersales.app.ui.WebPage;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every /api handler declares who may call it ({@link RoleGuard} refuses a handler without
 * {@link AllowedRoles} at run time; this finds it at build time), and the roles the business
 * states hold: clerks register, the engineer writes the service report.
 */
class EndpointRolesTest {
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    @Test
    void everyApiHandlerDeclaresAtLeastOneAllowedRoleOrIsTheSignIn() {
        List<Endpoint> api = apiEndpoints();

        assertThat(api)
                .isNotEmpty()
                .allSatisfy(endpoint -> assertThat(!endpoint.roles().isEmpty() || endpoint.signIn())
                        .as("@AllowedRoles on %s", endpoint)
                        .isTrue());
        assertThat(api.stream().filter(Endpoint::signIn).map(Endpoint::path))
                .as("only signing in is open to every role")
                .containsExactly("/api/auth/token");
    }

    @Test
    void everyPageHandlerDeclaresItsRolesOrIsOpenToEveryoneSignedIn() {
        List<Endpoint> pages = pageEndpoints();

        assertThat(pages)
                .isNotEmpty()
                .allSatisfy(endpoint -> assertThat(!endpoint.roles().isEmpty() || endpoint.signIn())
                        .as("@AllowedRoles on %s", endpoint)
                        .isTrue());
    }

    /** A form does what its /api twin does, so it may not let more roles do it. */
    @Test
    void aPageActionAllowsNoRoleThatItsApiTwinRefuses() {
        List<Endpoint> api = apiEndpoints();
        List<Endpoint> twinned = new ArrayList<>();
        for (Endpoint page : pageEndpoints()) {
            for (Endpoint twin : api) {
                if (twin.path().equals("/api" + page.path())
                        && !page.methods().isEmpty()
                        && twin.methods().equals(page.methods())) {
                    twinned.add(page);
                    assertThat(twin.roles())
                            .as("roles of %s against %s", page, twin)
                            .containsAll(page.roles());
                }
            }
        }
        assertThat(twinned).as("page actions with an /api twin").isNotEmpty();
    }

    @Test
    void clerksRegisterServiceRequests() {
        assertThat(endpoint(RequestMethod.POST, "/api/tickets").roles()).contains(Role.CLERK);
    }

    @Test
    void onlyTheEngineerSubmitsTheServiceReport() {
        assertThat(endpoint(RequestMethod.POST, "/api/tickets/{id}/service-report")
                        .roles())
                .containsExactly(Role.ENGINEER);
    }

    @Test
    void keyCustomersAreMarkedByClerksAndManagersAndUnmarkedByManagers_T11() {
        assertThat(endpoint(RequestMethod.POST, "/api/key-customers").roles())
                .containsExactlyInAnyOrder(Role.CLERK, Role.MANAGER);
        assertThat(endpoint(RequestMethod.DELETE, "/api/key-customers/{customerId}")
                        .roles())
                .containsExactly(Role.MANAGER);
    }

    @Test
    void engineersDiagnoseQualityInspectsAndSupervisorsApproveReports_R3_R4_R8_R14() {
        assertThat(endpoint(RequestMethod.POST, "/api/repair-orders/{id}/diagnosis")
                        .roles())
                .containsExactly(Role.ENGINEER);
        assertThat(endpoint(RequestMethod.POST, "/api/repair-orders/{id}/qc").roles())
                .containsExactly(Role.QUALITY);
        assertThat(endpoint(RequestMethod.POST, "/api/repair-orders/{id}/sampling")
                        .roles())
                .containsExactly(Role.QUALITY);
        assertThat(endpoint(RequestMethod.POST, "/api/repair-orders/{id}/report-approval")
                        .roles())
                .containsExactly(Role.SUPERVISOR);
        assertThat(endpoint(RequestMethod.POST, "/api/repair-orders/{id}/re-inspection/approval")
                        .roles())
                .containsExactly(Role.SUPERVISOR);
        assertThat(endpoint(RequestMethod.POST, "/api/repair-orders/{id}/payment")
                        .roles())
                .containsExactlyInAnyOrder(Role.FINANCE, Role.CLERK);
    }

    @Test
    void onlyAdministratorsChangeTheCompanyPolicyAndAllStaffReadIt() {
        assertThat(endpoint(RequestMethod.PUT, "/api/policy").roles()).containsExactly(Role.ADMIN);
        assertThat(endpoint(RequestMethod.GET, "/api/policy").roles()).containsExactlyInAnyOrder(Role.values());
        assertThat(endpoint(RequestMethod.GET, "/api/policy/versions/{version}").roles())
                .containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void clerksRegisterSerialsAndTheWarehouseStepsAreTheSupervisors_R2_R11_R15() {
        assertThat(endpoint(RequestMethod.POST, "/api/serials").roles())
                .containsExactlyInAnyOrder(Role.CLERK, Role.ADMIN);
        assertThat(endpoint(RequestMethod.PUT, "/api/serials/{serialNumber}").roles())
                .containsExactlyInAnyOrder(Role.CLERK, Role.ADMIN);
        assertThat(endpoint(RequestMethod.POST, "/api/parts/{partNumber}/receipts")
                        .roles())
                .containsExactlyInAnyOrder(Role.SUPERVISOR, Role.ADMIN);
        assertThat(endpoint(RequestMethod.POST, "/api/parts/{partNumber}/counts")
                        .roles())
                .containsExactlyInAnyOrder(Role.SUPERVISOR, Role.ADMIN);
        assertThat(endpoint(RequestMethod.POST, "/api/parts-requisitions").roles())
                .containsExactly(Role.ENGINEER);
        assertThat(endpoint(RequestMethod.POST, "/api/parts-requisitions/{id}/approval")
                        .roles())
                .containsExactly(Role.SUPERVISOR);
        assertThat(endpoint(RequestMethod.GET, "/api/parts").roles()).doesNotContain(Role.CLERK);
    }

    /** C4: complaints are read by the office and, about themselves only, by the engineer; FINANCE and ADMIN do not. */
    @Test
    void complaintsAreReadByTheOfficeAndTheEngineerConcernedAndTheAnalysisNotByEngineers_C4() {
        List<Role> readers = List.of(Role.CLERK, Role.SUPERVISOR, Role.QUALITY, Role.MANAGER, Role.ENGINEER);
        assertThat(endpoint(RequestMethod.GET, "/api/complaints").roles()).containsExactlyInAnyOrderElementsOf(readers);
        assertThat(endpoint(RequestMethod.GET, "/api/complaints/{complaintId}").roles())
                .containsExactlyInAnyOrderElementsOf(readers);
        assertThat(endpoint(RequestMethod.GET, "/api/engineers/{engineerId}/complaints")
                        .roles())
                .containsExactlyInAnyOrderElementsOf(readers);
        assertThat(endpoint(RequestMethod.GET, "/api/complaints/analysis").roles())
                .containsExactlyInAnyOrder(Role.CLERK, Role.SUPERVISOR, Role.QUALITY, Role.MANAGER);
    }

    /** X1, X2, X6, X9: engineers claim and request advances, supervisors approve, finance audits and pays. */
    @Test
    void expenseClaimsAndAdvancesAreTakenStepByStepInTheirRoles_X1_X2_X6_X9() {
        assertThat(endpoint(RequestMethod.POST, "/api/expense-claims").roles()).containsExactly(Role.ENGINEER);
        assertThat(endpoint(RequestMethod.POST, "/api/expense-claims/{claimId}/resubmit")
                        .roles())
                .containsExactly(Role.ENGINEER);
        assertThat(endpoint(RequestMethod.POST, "/api/expense-claims/{claimId}/approve")
                        .roles())
                .containsExactly(Role.SUPERVISOR);
        assertThat(endpoint(RequestMethod.POST, "/api/expense-claims/{claimId}/reject")
                        .roles())
                .containsExactlyInAnyOrder(Role.SUPERVISOR, Role.FINANCE);
        for (String step : List.of("audit", "pay", "flags/{flagId}/decision")) {
            assertThat(endpoint(RequestMethod.POST, "/api/expense-claims/{claimId}/" + step)
                            .roles())
                    .as(step)
                    .containsExactly(Role.FINANCE);
        }
        assertThat(endpoint(RequestMethod.POST, "/api/travel-advances").roles()).containsExactly(Role.ENGINEER);
        assertThat(endpoint(RequestMethod.POST, "/api/travel-advances/{advanceId}/approve")
                        .roles())
                .containsExactly(Role.SUPERVISOR);
        assertThat(endpoint(RequestMethod.POST, "/api/travel-advances/{advanceId}/reject")
                        .roles())
                .containsExactlyInAnyOrder(Role.SUPERVISOR, Role.FINANCE);
        for (String step : List.of("pay", "return")) {
            assertThat(endpoint(RequestMethod.POST, "/api/travel-advances/{advanceId}/" + step)
                            .roles())
                    .as(step)
                    .containsExactly(Role.FINANCE);
        }
    }

    @Test
    void complaintsAreRegisteredByClerksAndSupervisorsAndDecidedBySupervisors_C2_C3_C4_P1() {
        assertThat(endpoint(RequestMethod.POST, "/api/complaints").roles())
                .containsExactlyInAnyOrder(Role.CLERK, Role.SUPERVISOR);
        for (String step : List.of("review", "cause-analysis", "plan", "result", "archive", "penalty")) {
            assertThat(endpoint(RequestMethod.POST, "/api/complaints/{complaintId}/" + step)
                            .roles())
                    .as(step)
                    .containsExactly(Role.SUPERVISOR);
        }
        for (String step : List.of("handling", "feedback")) {
            assertThat(endpoint(RequestMethod.POST, "/api/complaints/{complaintId}/" + step)
                            .roles())
                    .as(step)
                    .containsExactlyInAnyOrder(Role.SUPERVISOR, Role.CLERK);
        }
    }

    /** One handler method with one of its paths; {@code roles} is empty without {@link AllowedRoles}. */
    record Endpoint(Method handler, List<RequestMethod> methods, String path, List<Role> roles) {
        boolean signIn() {
            return handler.isAnnotationPresent(SignedInUser.class);
        }

        @Override
        public String toString() {
            return methods + " " + path + " (" + handler.getDeclaringClass().getSimpleName() + "." + handler.getName()
                    + ")";
        }
    }

    private static Endpoint endpoint(RequestMethod method, String path) {
        List<Endpoint> found = apiEndpoints().stream()
                .filter(e -> e.path().equals(path)
                        && (e.methods().isEmpty() || e.methods().contains(method)))
                .toList();
        assertThat(found).as("handlers of %s %s", method, path).hasSize(1);
        return found.get(0);
    }

    private static List<Endpoint> apiEndpoints() {
        return endpoints().stream().filter(e -> e.path().startsWith("/api")).toList();
    }

    private static List<Endpoint> pageEndpoints() {
        return endpoints(WebPage.class);
    }

    private static List<Endpoint> endpoints() {
        return endpoints(RestController.class);
    }

    private static List<Endpoint> endpoints(Class<? extends Annotation> controllers) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(controllers));
        List<Endpoint> endpoints = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.aftersales.app")) {
            Class<?> controller =
                    ClassUtils.resolveClassName(candidate.getBeanClassName(), EndpointRolesTest.class.getClassLoader());
            RequestMapping classMapping = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
            for (Method handler : ReflectionUtils.getUniqueDeclaredMethods(controller)) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler, RequestMapping.class);
                if (mapping == null) {
                    continue;
                }
                AllowedRoles allowed = handler.getAnnotation(AllowedRoles.class);
                List<Role> roles = allowed == null ? List.of() : List.of(allowed.value());
                for (String prefix : paths(classMapping)) {
                    for (String suffix : paths(mapping)) {
                        endpoints.add(new Endpoint(
                                handler, Arrays.asList(mapping.method()), PATHS.combine(prefix, suffix), roles));
                    }
                }
            }
        }
        return endpoints;
    }

    private static String[] paths(RequestMapping mapping) {
        return mapping == null || mapping.path().length == 0 ? new String[] {""} : mapping.path();
    }
}
