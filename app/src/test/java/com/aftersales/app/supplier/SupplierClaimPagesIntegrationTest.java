package com.aftersales.app.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.supplier.SupplierClaimId;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.PageSession.Page;
import com.aftersales.app.support.TestUsers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R3 through the supplier-claim pages, over HTTP on PostgreSQL, as a browser sends the forms: a
 * claim opened from the list, sent, answered, settled by finance and closed, each step offered to
 * the role that takes it; a step out of order refused with the rule's sentence and nothing stored;
 * the pages closed to other roles.
 */
class SupplierClaimPagesIntegrationTest extends IntegrationTest {
    @BeforeEach
    void users() {
        SupplierTestUsers.ensure(jdbc);
    }

    @Test
    void aClaimIsTakenFromOpeningToClosingThroughTheForms_R3() {
        String repair = RepairOrderId.random().value();
        String supplier = "无锡液压件厂-" + UUID.randomUUID().toString().substring(0, 6);
        PageSession quality = PageSession.signedIn(port, "zh-CN", SupplierTestUsers.QUALITY, null);
        Page list = quality.get("/supplier-claims");
        assertThat(list.body())
                .contains("<h1>供应商索赔</h1>", "id=\"form-openClaim\"")
                .contains("<label for=\"openClaim-repairOrderId\">维修服务单</label>")
                .contains("<label for=\"openClaim-faultCategory\">故障分类</label>", "HYDRAULIC · 液压/漏油")
                .contains("href=\"/admin/fault-categories\"");

        Page opened = quality.post("/supplier-claims", opening(repair, supplier));
        assertThat(opened.status()).as(opened.body()).isEqualTo(302);
        String id = SupplierClaimId.forRepair(new RepairOrderId(repair), "HY-PUMP-20")
                .value();
        assertThat(opened.location()).endsWith("/supplier-claims/" + id);
        Page detail = quality.get("/supplier-claims/" + id);
        assertThat(detail.body())
                .contains("已对 " + supplier + " 立案索赔", "已立案", "HY-PUMP-20", "sha256:77aa", "sha256:88bb")
                .contains("id=\"form-sendClaim\"", "<label for=\"sendClaim-purchasingReference\">采购部编号</label>")
                .contains("供应商索赔立案", "t-quality-d（U-T-QUA-D），身份：质检")
                .doesNotContain("id=\"form-settleClaim\"");
        assertThat(quality.get("/supplier-claims?supplier=" + supplier.substring(0, 6))
                        .body())
                .contains(id);

        Page sent =
                quality.post("/supplier-claims/" + id + "/sending", Map.of("purchasingReference", "CG-88", "note", ""));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(quality.get("/supplier-claims/" + id).body())
                .contains("已转采购部", "采购跟进中", "CG-88", "id=\"form-answerClaim\"");
        Page answered = quality.post(
                "/supplier-claims/" + id + "/answer",
                Map.of("answer", "PARTLY_ACCEPTED", "reason", "只赔泵体", "supplierReference", ""));
        assertThat(answered.status()).isEqualTo(302);
        assertThat(quality.get("/supplier-claims/" + id).body())
                .contains("部分同意", "只赔泵体")
                .doesNotContain("id=\"form-settleClaim\"", "id=\"form-closeClaim\"");

        PageSession finance = PageSession.signedIn(port, "zh-CN", TestUsers.FINANCE, null);
        assertThat(finance.get("/supplier-claims/" + id).body()).contains("id=\"form-settleClaim\"");
        Page settled = finance.post(
                "/supplier-claims/" + id + "/settlement",
                Map.of("kind", "PAYMENT", "amount", "860.00", "reference", "FK-2026-01", "note", ""));
        assertThat(settled.status()).isEqualTo(302);
        assertThat(finance.get("/supplier-claims/" + id).body())
                .contains("结算已登记", "赔付款", "人民币 860.00 元", "id=\"form-closeClaim\"");
        Page closed = finance.post("/supplier-claims/" + id + "/closing", Map.of("note", "已入账"));
        assertThat(closed.status()).isEqualTo(302);
        assertThat(finance.get("/supplier-claims/" + id).body())
                .contains("索赔已结案", "已结案", "索赔结案", "已入账")
                .doesNotContain("id=\"form-closeClaim\"");
    }

    @Test
    void aStepOutOfOrderIsRefusedInItsFormAndNothingIsStored_R3() {
        String repair = RepairOrderId.random().value();
        Api.Response opened = api.post(
                TestUsers.SUPERVISOR,
                "/api/supplier-claims",
                SupplierClaimIntegrationTest.opening(repair, "SP-1", "SPINDLE"));
        String id = opened.body().get("claimId").asText();
        PageSession supervisor = PageSession.signedIn(port, "zh-CN", TestUsers.SUPERVISOR, null);
        // opened through the API, so its page shows it once the read model has caught up
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                supervisor.get("/supplier-claims/" + id).body())
                        .contains("id=\"form-sendClaim\""));
        long before = eventCount();

        Page noReference = supervisor.post("/supplier-claims/" + id + "/sending", Map.of("purchasingReference", " "));
        Page answerFirst = supervisor.post("/supplier-claims/" + id + "/answer", Map.of("answer", "ACCEPTED"));

        assertThat(noReference.status()).isEqualTo(422);
        assertThat(noReference.body()).contains("id=\"sendClaim-purchasingReference-error\"");
        assertThat(answerFirst.status()).isEqualTo(422);
        assertThat(answerFirst.body()).contains("id=\"form-error\"", "规则 R3", "请先将索赔转采购部");
        assertThat(eventCount()).isEqualTo(before);

        Page openedAgain = supervisor.post("/supplier-claims", opening(repair, "供应商"));
        assertThat(openedAgain.status()).isEqualTo(302);
    }

    @Test
    void otherRolesHaveNoClaimPagesAndTheirFormsAreRefused_R3() {
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);
        assertThat(clerk.get("/supplier-claims").status()).isEqualTo(403);
        PageSession manager = PageSession.signedIn(port, "zh-CN", SupplierTestUsers.MANAGER, null);
        Page read = manager.get("/supplier-claims");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).doesNotContain("id=\"form-openClaim\"");
        long before = eventCount();
        assertThat(manager.post(
                                "/supplier-claims",
                                opening(RepairOrderId.random().value(), "供应商"))
                        .status())
                .isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
    }

    private static Map<String, String> opening(String repair, String supplier) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("repairOrderId", repair);
        fields.put("serialNumber", "SN-HP-2203-0007");
        fields.put("supplierName", supplier);
        fields.put("partNumber", "HY-PUMP-20");
        fields.put("faultCategory", "HYDRAULIC");
        fields.put("description", "液压泵漏油，密封圈老化开裂");
        fields.put("evidenceIds", "sha256:77aa\nsha256:88bb\n");
        return fields;
    }
}
