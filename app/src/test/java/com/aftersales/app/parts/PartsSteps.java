package com.aftersales.app.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.UUID;

/** The steps of a requisition over the API, as the parts tests take them (R11, R15). */
final class PartsSteps {
    private final Api api;

    PartsSteps(Api api) {
        this.api = api;
    }

    static String part() {
        return "P-T-" + UUID.randomUUID().toString().substring(0, 13);
    }

    Api.Response receive(String user, String part, int quantity, String unitCost) {
        return api.post(
                user,
                "/api/parts/" + part + "/receipts",
                "{\"quantity\":" + quantity + ",\"unitCost\":" + unitCost + ",\"supplierReference\":\"SUP-T-1\"}");
    }

    String request(String repairOrderId, String part, int quantity) {
        Api.Response requested = api.post(
                TestUsers.ENGINEER,
                "/api/parts-requisitions",
                "{\"repairOrderId\":\"" + repairOrderId + "\",\"lines\":[{\"partNumber\":\"" + part + "\",\"quantity\":"
                        + quantity + ",\"reason\":\"定影单元烧坏\"}]}");
        assertThat(requested.status()).as(requested.raw().body()).isEqualTo(201);
        return requested.body().get("requisitionId").asText();
    }

    Api.Response step(String user, String requisition, String step) {
        return api.post(user, "/api/parts-requisitions/" + requisition + "/" + step, "{}");
    }

    String approved(String repairOrderId, String part, int quantity) {
        String requisition = request(repairOrderId, part, quantity);
        assertThat(step(TestUsers.SUPERVISOR, requisition, "approval").status()).isEqualTo(200);
        return requisition;
    }

    JsonNode awaitStock(String part, int quantity) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Api.Response level = api.get(TestUsers.SUPERVISOR, "/api/parts/" + part);
            return level.status() == 200 && level.body().get("quantity").asInt() == quantity;
        });
        return api.get(TestUsers.SUPERVISOR, "/api/parts/" + part).body();
    }

    JsonNode awaitRequisition(String requisition, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Api.Response slip = api.get(TestUsers.SUPERVISOR, "/api/parts-requisitions/" + requisition);
            return slip.status() == 200 && slip.body().get("status").asText().equals(status);
        });
        return api.get(TestUsers.SUPERVISOR, "/api/parts-requisitions/" + requisition)
                .body();
    }
}
