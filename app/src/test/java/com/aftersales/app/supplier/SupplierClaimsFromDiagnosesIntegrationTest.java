package com.aftersales.app.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.supplier.SupplierClaimId;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R3: a diagnosis that puts the fault on a supplier's part opens the claim through purchasing, as
 * the system, once per part; a diagnosis the company pays for opens none.
 */
class SupplierClaimsFromDiagnosesIntegrationTest extends IntegrationTest {

    @Autowired
    CustomerContacts customers;

    @Test
    void aSupplierCausedDiagnosisOpensOneClaimPerPartAsTheSystem_R3() {
        String serial = registeredSerial();
        String order = openOrder(serial);
        ok(api.post(TestUsers.ENGINEER, "/api/repair-orders/" + order + "/diagnosis", """
                {"faultType": "HARDWARE", "faultCategory": "POWER_SUPPLY", "description": "外购电源模块击穿",
                 "partsToReplace": ["PSU-24V-A", "PSU-FAN-3"],
                 "causes": {"supplierPart": true, "supplierName": "深圳华源电源"}}"""));

        List<String> claims =
                await().atMost(Duration.ofSeconds(30)).until(() -> claimsOf(order), found -> found.size() == 2);

        assertThat(claims)
                .containsExactlyInAnyOrder(
                        SupplierClaimId.forRepair(new RepairOrderId(order), "PSU-24V-A") + " PSU-24V-A 深圳华源电源 "
                                + serial,
                        SupplierClaimId.forRepair(new RepairOrderId(order), "PSU-FAN-3") + " PSU-FAN-3 深圳华源电源 "
                                + serial);
        List<String> actors = jdbc.queryForList(
                "select distinct convert_from(meta_data, 'UTF8')::jsonb ->> 'userId' from domain_event_entry"
                        + " where payload_type like '%SupplierClaimOpenedEvent' and aggregate_identifier = any(?)",
                String.class, (Object) claims.stream().map(c -> c.split(" ")[0]).toArray(String[]::new));
        assertThat(actors).containsExactly("system");
    }

    @Test
    void aDiagnosisTheCompanyPaysForOpensNoClaim_R3() {
        String companyPays = openOrder(registeredSerial());
        ok(api.post(TestUsers.ENGINEER, "/api/repair-orders/" + companyPays + "/diagnosis", """
                {"faultType": "HARDWARE", "faultCategory": "POWER_SUPPLY", "description": "电源模块老化",
                 "partsToReplace": ["PSU-24V-A"]}"""));
        // One segment in recorded order: once a later supplier-caused diagnosis has its claim, the
        // company's diagnosis before it has been handled.
        String supplierPays = openOrder(registeredSerial());
        ok(api.post(TestUsers.ENGINEER, "/api/repair-orders/" + supplierPays + "/diagnosis", """
                {"faultType": "HARDWARE", "faultCategory": "POWER_SUPPLY", "description": "外购电源击穿",
                 "partsToReplace": ["PSU-24V-A"], "causes": {"supplierPart": true, "supplierName": "深圳华源电源"}}"""));
        await().atMost(Duration.ofSeconds(30)).until(() -> claimsOf(supplierPays), found -> found.size() == 1);

        assertThat(claimsOf(companyPays)).isEmpty();
    }

    private String registeredSerial() {
        String serial = "SN-SUP-" + UUID.randomUUID();
        Api.Response registered = api.post(TestUsers.CLERK, "/api/serials", """
                {"serialNumber": "%s", "model": "HX-3200", "soldOn": "2025-06-01", "activatedOn": "2025-06-05"}""".formatted(serial));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        return serial;
    }

    private String openOrder(String serial) {
        String customer = customers.register("供应商索赔测试客户", "13800000001", null).value();
        Api.Response opened =
                api.post(TestUsers.CLERK, "/api/repair-orders", """
                {"customerId": "%s", "serialNumber": "%s", "urgency": "NORMAL",
                 "inspection": {"appearance": "完好", "configuration": "标准", "accessoriesReceived": []},
                 "attachments": [], "engineerId": "%s"}""".formatted(customer, serial, TestUsers.ENGINEER_ID));
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        String order = opened.body().get("repairOrderId").asText();
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        api.get(TestUsers.CLERK, "/api/repair-orders/" + order).status() == 200);
        return order;
    }

    private List<String> claimsOf(String order) {
        List<String> found = new ArrayList<>();
        for (JsonNode claim : api.get(TestUsers.QUALITY, "/api/supplier-claims").body()) {
            if (order.equals(claim.path("repairOrderId").asText())) {
                found.add(claim.get("claimId").asText() + " "
                        + claim.get("partNumber").asText() + " "
                        + claim.get("supplierName").asText() + " "
                        + claim.get("serialNumber").asText());
            }
        }
        return found;
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
    }
}
