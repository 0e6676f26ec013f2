package com.aftersales.app.faultcategory;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.supplier.SupplierTestUsers;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.PageSession.Page;
import com.aftersales.app.support.TestUsers;
import com.aftersales.command.faultcategory.FaultCategoryLookup;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R3 through the admin page, over HTTP on PostgreSQL, as a browser sends the forms: quality defines,
 * renames, retires and reinstates a category; a code defined twice is refused with the rule's
 * sentence next to the form and nothing stored; other roles have no page.
 */
class FaultCategoryPageIntegrationTest extends IntegrationTest {
    private static final String PAGE = "/admin/fault-categories";

    @Autowired
    FaultCategoryLookup lookup;

    @BeforeEach
    void users() {
        SupplierTestUsers.ensure(jdbc);
    }

    @Test
    void thePageSpeaksChineseAndEnglishWithLabelledFields_R3() {
        PageSession chinese = PageSession.signedIn(port, "zh-CN", SupplierTestUsers.QUALITY, null);
        Page page = chinese.get(PAGE);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"zh-CN\"", "<h1>故障分类</h1>", "进纸/卡纸", "主轴", "核心部件", "启用")
                .contains("id=\"form-defineCategory\"")
                .contains("<label for=\"defineCategory-code\">代码</label>")
                .contains("<label for=\"defineCategory-faultType\">故障类型</label>")
                .contains("id=\"form-retire-SPINDLE\"", "<label for=\"rename-SPINDLE-nameZh\">中文名称</label>");
        PageSession english = PageSession.signedIn(port, "en", TestUsers.ADMIN, null);
        assertThat(english.get(PAGE).body())
                .contains("<h1>Fault categories</h1>", "Paper feed / jam", "Core component")
                .contains("href=\"/admin/fault-categories\"");
    }

    @Test
    void qualityKeepsACategoryThroughTheForms_R3() {
        String code = "PG_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        PageSession quality = PageSession.signedIn(port, "zh-CN", SupplierTestUsers.QUALITY, null);
        quality.get(PAGE);

        Page defined = quality.post(PAGE, definition(code));
        assertThat(defined.status()).as(defined.body()).isEqualTo(302);
        assertThat(defined.location()).endsWith(PAGE);
        assertThat(quality.get(PAGE).body()).contains("id=\"flash\"", "已新增分类 " + code, "润滑系统");
        assertThat(lookup.isActive(code)).isTrue();
        assertThat(lookup.isCoreComponent(code)).isTrue();

        Page renamed = quality.post(PAGE + "/" + code + "/name", Map.of("nameZh", "润滑", "nameEn", "Lubrication"));
        assertThat(renamed.status()).isEqualTo(302);
        assertThat(quality.get(PAGE).body()).contains("分类 " + code + " 已改名", "Lubrication");

        Page retired = quality.post(PAGE + "/" + code + "/retirement", Map.of("reason", "并入 HYDRAULIC"));
        assertThat(retired.status()).isEqualTo(302);
        Page afterRetiring = quality.get(PAGE);
        assertThat(afterRetiring.body()).contains("分类 " + code + " 已停用", "id=\"form-reinstate-" + code + "\"");
        assertThat(lookup.isActive(code)).isFalse();

        Page noReason = quality.post(PAGE + "/" + code + "/reinstatement", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(302);
        assertThat(quality.get(PAGE).body()).contains("id=\"flash-error\"", code);
        assertThat(lookup.isActive(code)).isFalse();

        quality.post(PAGE + "/" + code + "/reinstatement", Map.of("reason", "重新拆分"));
        assertThat(lookup.isActive(code)).isTrue();
    }

    @Test
    void aCodeDefinedTwiceIsRefusedInTheFormWithItsRuleAndNothingIsStored_R3() {
        PageSession admin = PageSession.signedIn(port, "zh-CN", TestUsers.ADMIN, null);
        admin.get(PAGE);
        long before = eventCount();

        Page refused = admin.post(PAGE, definition("SPINDLE"));
        Page badCode = admin.post(PAGE, definition("lower-case"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"form-error\"", "规则 R3", "该代码已在清单中")
                .contains("value=\"润滑系统\"");
        assertThat(badCode.status()).isEqualTo(422);
        assertThat(badCode.body()).contains("id=\"defineCategory-code-error\"");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void otherRolesHaveNoPageAndTheirFormsAreRefused_R3() {
        PageSession supervisor = PageSession.signedIn(port, "zh-CN", TestUsers.SUPERVISOR, null);
        long before = eventCount();
        assertThat(supervisor.get(PAGE).status()).isEqualTo(403);
        supervisor.get("/supplier-claims");
        assertThat(supervisor
                        .post(PAGE + "/SPINDLE/retirement", Map.of("reason", "r"))
                        .status())
                .isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
    }

    private static Map<String, String> definition(String code) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("nameZh", "润滑系统");
        fields.put("nameEn", "Lubrication system");
        fields.put("faultType", "HARDWARE");
        fields.put("coreComponent", "true");
        return fields;
    }
}
