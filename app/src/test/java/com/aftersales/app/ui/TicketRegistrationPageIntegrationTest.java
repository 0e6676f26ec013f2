package com.aftersales.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.PageSession.Page;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.TicketSteps;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The clerk's registration form over HTTP (T1–T4): it sends the API's registration, records the
 * role the clerk acts in, and puts every refusal next to the box it is about, recording nothing.
 */
class TicketRegistrationPageIntegrationTest extends IntegrationTest {

    @Autowired
    CustomerContacts customers;

    @Test
    void theFormOffersLocalisedChoicesWithTheDesksDefaultsAndALabelForEveryBox_T1_T3() {
        Page form = clerk("zh-CN").get("/tickets/new");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body())
                .contains("<form id=\"registration\" method=\"post\" action=\"/tickets\"")
                .contains("<option value=\"PHONE\" selected=\"selected\">来电</option>")
                .contains("<option value=\"NORMAL\" selected=\"selected\">一般</option>")
                .contains("<option value=\"URGENT\">紧急</option>")
                .contains("<option value=\"LOW\">非紧急</option>")
                .contains("<option value=\"HARDWARE\" selected=\"selected\">硬件</option>")
                .contains("<option value=\"E_COMMERCE\">电商平台</option>");
        Matcher inputs = Pattern.compile("<(?:input|select|textarea) [^>]*id=\"([^\"]+)\"")
                .matcher(form.body());
        int count = 0;
        while (inputs.find()) {
            String id = inputs.group(1);
            if (id.equals("role-switch-role") || id.equals("serial-search-serialNumber")) {
                continue;
            }
            count++;
            assertThat(form.body()).as("a label for " + id).contains("<label for=\"" + id + "\">");
        }
        assertThat(count).isEqualTo(17);
        assertThat(form.body()).contains("id=\"product-serialNumber\"").contains("name=\"product.serialNumber\"");
    }

    @Test
    void aClerkRegistersOnThePageAndTheEventRecordsTheClerkActingAsClerk_T1_T2_T4_S3() {
        PageSession clerk = clerk("zh-CN");
        String serial = TicketSteps.serial();
        Page form = clerk.get("/tickets/new");

        Page registered = clerk.post("/tickets", complete(serial), form);

        assertThat(registered.status()).as(registered.body()).isEqualTo(302);
        Matcher target = Pattern.compile("/tickets/([0-9a-f-]{36})$").matcher(registered.location());
        assertThat(target.find()).as(registered.location()).isTrue();
        String ticketId = target.group(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Response ticket = api.get(TestUsers.CLERK, "/api/tickets/" + ticketId);
            assertThat(ticket.status()).isEqualTo(200);
            assertThat(ticket.body().at("/ticket/summary/serialNumber").asText())
                    .isEqualTo(serial);
            assertThat(ticket.body().at("/ticket/summary/urgency").asText()).isEqualTo("URGENT");
            assertThat(ticket.body().at("/ticket/summary/channel").asText()).isEqualTo("WALK_IN");
            assertThat(ticket.body().at("/ticket/summary/request").asText()).isEqualTo("EXCHANGE");
            assertThat(ticket.body().at("/ticket/unitClass").asText())
                    .as("an empty unit class is the model (T10)")
                    .isEqualTo("CNC-850");
            assertThat(ticket.body().at("/customer/phone").asText()).isEqualTo("139 0000 0000");
            assertThat(ticket.body().at("/customer/email").isNull()
                            || ticket.body().at("/customer/email").isMissingNode())
                    .as("an empty box is no email")
                    .isTrue();
        });
        Map<String, Object> recorded = jdbc.queryForMap(
                "select convert_from(meta_data, 'UTF8')::jsonb ->> 'userId' as actor,"
                        + " convert_from(meta_data, 'UTF8')::jsonb ->> 'role' as role, payload_type"
                        + " from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
                ticketId);
        assertThat(recorded)
                .containsEntry("actor", TestUsers.CLERK_ID)
                .containsEntry("role", "CLERK")
                .containsEntry("payload_type", "com.aftersales.api.ticket.ServiceTicketRegisteredEvent");
    }

    @Test
    void aKnownCustomerByNumberNeedsNoNewCustomersBoxes_T2() {
        String customer = customers.register("老客户 known", "021 5555 0100", null).value();
        PageSession clerk = clerk("zh-CN");
        Map<String, String> fields = complete(TicketSteps.serial());
        fields.put("customerId", customer);
        fields.put("customer.name", "");
        fields.put("customer.phone", "");

        Page registered = clerk.post("/tickets", fields, clerk.get("/tickets/new"));

        assertThat(registered.status()).as(registered.body()).isEqualTo(302);
        String ticketId = registered.location().substring(registered.location().lastIndexOf('/') + 1);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(api.get(TestUsers.CLERK, "/api/tickets/" + ticketId)
                                .body()
                                .at("/ticket/customerId")
                                .asText())
                        .isEqualTo(customer));
    }

    @Test
    void aMissingSerialNumberIsShownNextToItsBoxAndNothingIsRecorded_T2() {
        PageSession clerk = clerk("zh-CN");
        Map<String, String> fields = complete(TicketSteps.serial());
        fields.put("product.serialNumber", " ");
        long events = eventCount();
        long contacts = contacts();

        Page refused = clerk.post("/tickets", fields, clerk.get("/tickets/new"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(inputTag(refused.body(), "product-serialNumber"))
                .contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"product-serialNumber-error\"")
                .contains("class=\"invalid\"");
        assertThat(refused.body()).contains("<p id=\"product-serialNumber-error\" class=\"field-error\">不能为空</p>");
        assertThat(refused.body())
                .as("said at the top too: the box may be out of sight")
                .containsPattern("id=\"registration-errors\"\\s+class=\"flash error\" role=\"alert\">未登记。");
        assertThat(inputTag(refused.body(), "product-model"))
                .as("what the clerk typed stays in the form")
                .contains("value=\"CNC-850\"");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(contacts()).as("no personal data kept for a refused form").isEqualTo(contacts);
    }

    @Test
    void aProofOfPurchaseWithNeitherNumberIsShownNextToBothBoxes_T2() {
        PageSession clerk = clerk("zh-CN");
        Map<String, String> fields = complete(TicketSteps.serial());
        fields.put("proofOfPurchase.orderNumber", "");
        long events = eventCount();
        long contacts = contacts();

        Page refused = clerk.post("/tickets", fields, clerk.get("/tickets/new"));

        assertThat(refused.body()).contains("<p id=\"proofOfPurchase-error\" class=\"field-error\">T2：请填写订单号或发票号。</p>");
        assertThat(inputTag(refused.body(), "proofOfPurchase-orderNumber"))
                .contains("aria-describedby=\"proofOfPurchase-error\"");
        assertThat(inputTag(refused.body(), "proofOfPurchase-invoiceNumber"))
                .contains("aria-describedby=\"proofOfPurchase-error\"");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(contacts()).isEqualTo(contacts);
    }

    @Test
    void aNewCustomerWithNeitherPhoneNorEmailIsShownNextToThePhone_T2() {
        PageSession clerk = clerk("en");
        Map<String, String> fields = complete(TicketSteps.serial());
        fields.put("customer.phone", "");
        long contacts = contacts();

        Page refused = clerk.post("/tickets", fields, clerk.get("/tickets/new"));

        assertThat(refused.body())
                .contains("<p id=\"customer-phone-error\" class=\"field-error\">"
                        + "T2: the customer needs a phone number or an email address.</p>");
        assertThat(contacts()).isEqualTo(contacts);
    }

    @Test
    void anUnknownCustomerNumberIsShownNextToIt_T2() {
        PageSession clerk = clerk("zh-CN");
        Map<String, String> fields = complete(TicketSteps.serial());
        fields.put("customerId", "no-such-customer");

        Page refused = clerk.post("/tickets", fields, clerk.get("/tickets/new"));

        assertThat(refused.body()).contains("<p id=\"customerId-error\" class=\"field-error\">没有此编号的客户。</p>");
    }

    /**
     * Registration breaks no business rule of its own: its refusals are about fields. The one a form
     * cannot show next to a box is T13's: the form has no box for whether a contract covers the
     * unit, and one that still sends it (an old page, a forged post) is refused above the form.
     */
    @Test
    void aFormStillSayingWhetherAContractCoversTheUnitIsRefusedAboveTheForm_T13() {
        PageSession clerk = clerk("zh-CN");
        Map<String, String> fields = complete(TicketSteps.serial());
        fields.put("underServiceContract", "true");
        long events = eventCount();

        Page refused = clerk.post("/tickets", fields, clerk.get("/tickets/new"));

        assertThat(refused.body()).containsPattern("<div id=\"form-error\"\\s+class=\"flash error\" role=\"alert\">");
        assertThat(refused.body()).contains("T13：是否在服务合同范围内由系统查询，不能填写。");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void allMissingBoxesAreShownAtOnceEvenBesideADateTheFormCouldNotRead_T2() {
        PageSession clerk = clerk("en");
        Map<String, String> fields = complete(TicketSteps.serial());
        fields.put("product.purchaseDate", "next tuesday");
        fields.put("product.serialNumber", "");

        Page refused = clerk.post("/tickets", fields, clerk.get("/tickets/new"));

        assertThat(refused.body())
                .contains("<p id=\"product-purchaseDate-error\" class=\"field-error\">Enter the date as year-month-day")
                .contains("<p id=\"product-serialNumber-error\" class=\"field-error\">must not be blank</p>");
    }

    @Test
    void onlyAClerkRegisters() {
        Page finance =
                PageSession.signedIn(port, "zh-CN", TestUsers.FINANCE, null).get("/tickets/new");

        assertThat(finance.status()).isEqualTo(403);
        assertThat(finance.body()).contains("<h1 id=\"error-title\">无权操作</h1>");
        PageSession engineer = PageSession.signedIn(port, "zh-CN", TestUsers.ENGINEER, null);
        Page posted = engineer.post("/tickets", complete(TicketSteps.serial()), engineer.get("/tickets"));
        assertThat(posted.status()).isEqualTo(403);
    }

    private PageSession clerk(String language) {
        return PageSession.signedIn(port, language, TestUsers.CLERK, null);
    }

    private long contacts() {
        return jdbc.queryForObject("select count(*) from customer_contact", Long.class);
    }

    /** Every box of the form as the clerk fills it for a new customer. */
    private static Map<String, String> complete(String serial) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("channel", "WALK_IN");
        fields.put("urgency", "URGENT");
        fields.put("request", "EXCHANGE");
        fields.put("customerId", "");
        fields.put("customer.name", "王先生");
        fields.put("customer.phone", "139 0000 0000");
        fields.put("customer.email", "");
        fields.put("proofOfPurchase.orderNumber", "SO-" + serial);
        fields.put("proofOfPurchase.invoiceNumber", "");
        fields.put("product.model", "CNC-850");
        fields.put("product.serialNumber", serial);
        fields.put("product.kind", "HARDWARE");
        fields.put("product.purchaseDate", "2025-03-01");
        fields.put("product.unitClass", "");
        fields.put("fault.description", "主轴异响 spindle noise");
        fields.put("fault.occurredOn", "2026-01-10");
        fields.put("fault.usageContext", "");
        return fields;
    }

    /** The opening tag of the input with this id. */
    private static String inputTag(String page, String id) {
        Matcher tag = Pattern.compile("<input [^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(page);
        assertThat(tag.find()).as("input " + id).isTrue();
        return tag.group();
    }
}
