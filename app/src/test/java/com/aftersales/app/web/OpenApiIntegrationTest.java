package com.aftersales.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The API is described for its users: an OpenAPI document and Swagger UI, both public to read. */
class OpenApiIntegrationTest extends IntegrationTest {

    @Test
    void openApiDocumentListsTheEndpointsBearerTokensAndTheActingRoleHeader() {
        Api.Response document = api.get(null, "/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().get("paths").has("/api/tickets")).isTrue();
        assertThat(document.body().get("paths").has("/api/tickets/{id}/closing"))
                .isTrue();
        assertThat(document.body()
                        .at("/components/securitySchemes/basic/scheme")
                        .asText())
                .isEqualTo("basic");
        assertThat(document.body()
                        .at("/components/securitySchemes/bearer/bearerFormat")
                        .asText())
                .isEqualTo("JWT");
        assertThat(document.body().at("/security/0").has("bearer")).isTrue();
        assertThat(document.body()
                        .at("/paths/~1api~1auth~1token/post/security/0")
                        .has("basic"))
                .isTrue();
        assertThat(document.body()
                        .at("/paths/~1api~1tickets~1{id}~1dispatches/post/parameters")
                        .findValuesAsText("name"))
                .contains("X-Acting-Role");
    }

    @Test
    void swaggerUiIsServed() {
        Api.Response page = api.get(null, "/swagger-ui/index.html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).contains("swagger-ui");
    }
}
