package com.aftersales.app.web;

import com.aftersales.app.security.ActingRoles;
import com.aftersales.app.security.AllowedRoles;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The published OpenAPI document: /api calls present a bearer token from POST /api/auth/token
 * (itself HTTP Basic), and name the role they act in where the caller holds several that fit.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "After-sales service ledger API",
                        version = "v1",
                        description = "售后服务台账. Sign in once with HTTP Basic at POST /api/auth/token; send the"
                                + " answered token as `Authorization: Bearer …`. A person holding several roles"
                                + " that may call an endpoint names the one they act in with "
                                + ActingRoles.HEADER + "; it is what the ledger records."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiConfiguration {

    @Bean
    OperationCustomizer actingRoleHeader() {
        return (operation, handler) -> {
            AllowedRoles allowed = handler.getMethodAnnotation(AllowedRoles.class);
            if (allowed != null) {
                operation.addParametersItem(new HeaderParameter()
                        .name(ActingRoles.HEADER)
                        .required(false)
                        .description("the role you act in, one of " + Arrays.toString(allowed.value())
                                + "; required only if you hold more than one of them (400 lists them);"
                                + " a role you do not hold is 403")
                        .schema(new StringSchema()
                                ._enum(Arrays.stream(allowed.value())
                                        .map(Enum::name)
                                        .toList())));
            }
            return operation;
        };
    }
}
