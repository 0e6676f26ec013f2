package com.aftersales.app.parts;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.PageSession.Page;
import com.aftersales.app.support.TestUsers;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The serial registry's and the parts' pages over HTTP (R2, R11, R15): the forms send the same
 * commands as the API, refusals come back into the form or as a flash with the rule, and each page
 * shows what its roles may do.
 */
class PartsAndSerialsPagesIntegrationTest extends IntegrationTest {

    @Test
    void aClerkRegistersAUnitOnThePageAndSeesItsWarrantyAndTheCorrectionForm_R2() {
        String serial = "SN-T-PG-" + UUID.randomUUID().toString().substring(0, 12);
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);
        clerk.get("/serials/new");

        Page registered = clerk.post(
                "/serials",
                Map.of(
                        "serialNumber", serial,
                        "model", "HX-3200 商用打印机",
                        "soldOn", "2025-03-01",
                        "activatedOn", "2025-03-10",
                        "deliveredOn", "2025-03-05",
                        "customerId", ""));

        assertThat(registered.status()).as(registered.body()).isEqualTo(302);
        assertThat(registered.location()).endsWith("/serials/" + serial);
        Page unit = clerk.get("/serials/" + serial);
        assertThat(unit.status()).isEqualTo(200);
        assertThat(unit.body())
                .contains("id=\"serial-model\">HX-3200 商用打印机<")
                .contains("保修卡激活日期")
                .contains("id=\"form-correctSerial\"")
                .contains("id=\"serial-search\"");

        Page again = clerk.post(
                "/serials",
                Map.of("serialNumber", serial, "model", "HX-3200", "soldOn", "2025-03-01"),
                clerk.get("/serials/new"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("id=\"form-error\"").contains("该序列号已登记");

        Page corrected = clerk.post(
                "/serials/" + serial + "/correction",
                Map.of(
                        "model", "HX-3200 商用打印机",
                        "soldOn", "2025-03-01",
                        "activatedOn", "",
                        "deliveredOn", "2025-03-05",
                        "customerId", "",
                        "reason", "没有保修卡",
                        "expectedVersion", "0"),
                unit);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(302);
        assertThat(clerk.get("/serials/" + serial).body())
                .contains("id=\"serial-version\">1<")
                .contains("交付日期");
        PageSession engineer = PageSession.signedIn(port, "en", TestUsers.ENGINEER, null);
        assertThat(engineer.get("/serials/" + serial).body()).doesNotContain("form-correctSerial");
        assertThat(engineer.get("/serials/new").status()).isEqualTo(403);
        assertThat(engineer.get("/serials?serialNumber=" + serial).location()).endsWith("/serials/" + serial);
    }

    @Test
    void theStockPageReceivesAndCountsAndTheRequisitionPageOffersEachRoleItsStep_R11_R15() {
        String part = PartsSteps.part();
        PageSession supervisor = PageSession.signedIn(port, "zh-CN", TestUsers.SUPERVISOR, null);
        Page stock = supervisor.get("/parts");
        assertThat(stock.body()).contains("id=\"form-receiveParts\"").contains("id=\"nav-parts\"");

        Page received = supervisor.post(
                "/parts/receipts",
                Map.of("partNumber", part, "quantity", "4", "unitCost", "25.50", "supplierReference", "SUP-PG-1"),
                stock);
        assertThat(received.status()).as(received.body()).isEqualTo(302);
        assertThat(supervisor.get("/parts").body()).contains("id=\"part-" + part + "\"");
        Page badCost = supervisor.post(
                "/parts/receipts",
                Map.of("partNumber", part, "quantity", "1", "unitCost", "1.234", "supplierReference", "S"));
        assertThat(badCost.status()).isEqualTo(422);
        assertThat(badCost.body()).contains("id=\"receiveParts-unitCost-error\"");
        Page counted = supervisor.post(
                "/parts/counts",
                Map.of("partNumber", part, "countedQuantity", "3", "note", "月末"),
                supervisor.get("/parts"));
        assertThat(counted.status()).as(counted.body()).isEqualTo(302);
        Page ledger = supervisor.get("/parts/" + part);
        assertThat(ledger.body()).contains("入库").contains("盘点").contains("id=\"part-quantity\">3<");

        PageSession engineer = PageSession.signedIn(port, "zh-CN", TestUsers.ENGINEER, null);
        Page list = engineer.get("/parts/requisitions");
        assertThat(list.body()).contains("id=\"form-requestParts\"");
        Page requested = engineer.post(
                "/parts/requisitions",
                Map.of(
                        "repairOrderId",
                        RepairOrderId.random().value(),
                        "partNumber",
                        part,
                        "quantity",
                        "2",
                        "reason",
                        "定影单元烧坏"),
                list);
        assertThat(requested.status()).as(requested.body()).isEqualTo(302);
        String slip = requested.location().substring(requested.location().indexOf("/parts/requisitions/"));
        assertThat(engineer.get(slip).body()).contains("待审批").doesNotContain("id=\"approve-submit\"");

        Page page = supervisor.get(slip);
        assertThat(page.body()).contains("id=\"approve-submit\"");
        Page early = supervisor.post(slip + "/write-off", Map.of(), page);
        // refused (R11: nothing to write off before the issue): back to the page, nothing changed
        assertThat(early.status()).isEqualTo(302);
        assertThat(supervisor.get(slip).body()).contains("待审批");
        assertThat(supervisor
                        .post(slip + "/approval", Map.of(), supervisor.get(slip))
                        .status())
                .isEqualTo(302);
        assertThat(supervisor.get(slip).body()).contains("已审批").contains("id=\"issue-submit\"");
        assertThat(engineer.post(slip + "/issue", Map.of(), engineer.get(slip)).status())
                .isEqualTo(403);
    }
}
