package com.aftersales.app.expense;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.Receipts;
import com.aftersales.app.support.TestUsers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * X1, X3: receipt files are stored by the hash of their content before a claim cites them; only
 * photos, PDF and OFD whose bytes are what they claim; an engineer reads back only their own, the
 * audit reads all.
 */
class ReceiptUploadIntegrationTest extends IntegrationTest {

    @Test
    void aReceiptIsStoredByItsContentHashAndTheSameFileTwiceIsOneFile_X1() {
        byte[] pdf = Receipts.uniquePdf();
        Api.Response first =
                api.postBytes(TestUsers.ENGINEER, "/api/receipts?fileName=酒店发票.pdf", "application/pdf", pdf);
        Api.Response again =
                api.postBytes(TestUsers.ENGINEER_2, "/api/receipts?fileName=copy.pdf", "application/pdf", pdf);

        assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
        assertThat(first.body().get("sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(first.body().get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(first.body().get("fileName").asText()).isEqualTo("酒店发票.pdf");
        assertThat(first.body().get("size").asLong()).isEqualTo(pdf.length);
        // the same bytes are the same receipt, described as first uploaded
        assertThat(again.body().get("sha256").asText())
                .isEqualTo(first.body().get("sha256").asText());
        assertThat(again.body().get("fileName").asText()).isEqualTo("酒店发票.pdf");
        assertThat(jdbc.queryForObject(
                        "select count(*) from expense_receipt_file where sha256 = ?",
                        Integer.class,
                        first.body().get("sha256").asText()))
                .isEqualTo(1);
    }

    @Test
    void anOfdFileIsAReceiptAndAWordFileIsNot_X1() {
        byte[] ofd = ("PK\u0003\u0004 ofd " + java.util.UUID.randomUUID()).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(api.postBytes(TestUsers.ENGINEER, "/api/receipts", "application/ofd", ofd)
                        .status())
                .isEqualTo(201);

        Api.Response word = api.postBytes(TestUsers.ENGINEER, "/api/receipts", "application/msword", ofd);
        assertThat(word.status()).isEqualTo(422);
        assertThat(word.raw().body()).contains("RECEIPT_TYPE_NOT_ALLOWED");
    }

    @Test
    void bytesThatAreNotWhatTheTypeSaysAreRefusedAndNothingIsStored_X1() {
        byte[] notAPdf = ("just text " + java.util.UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
        int before = jdbc.queryForObject("select count(*) from expense_receipt_file", Integer.class);

        Api.Response refused = api.postBytes(TestUsers.ENGINEER, "/api/receipts", "application/pdf", notAPdf);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from expense_receipt_file", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void aFileOverTenMegabytesIsRefused_X1() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        big[0] = 0x25;
        big[1] = 0x50;
        big[2] = 0x44;
        big[3] = 0x46;
        Api.Response refused = api.postBytes(TestUsers.ENGINEER, "/api/receipts", "application/pdf", big);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.raw().body()).contains("RECEIPT_TOO_LARGE");
    }

    @Test
    void anEngineerReadsBackOwnReceiptsAndFinanceReadsAll_X1() {
        String sha = new Receipts(api).upload(TestUsers.ENGINEER);

        Api.Response own = api.get(TestUsers.ENGINEER, "/api/receipts/" + sha);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.contentType()).startsWith("application/pdf");
        assertThat(own.raw().body()).startsWith("%PDF");
        assertThat(api.get(TestUsers.ENGINEER_2, "/api/receipts/" + sha).status())
                .isEqualTo(403);
        assertThat(api.get(TestUsers.FINANCE, "/api/receipts/" + sha).status()).isEqualTo(200);
        assertThat(api.get(TestUsers.CLERK, "/api/receipts/" + sha).status()).isEqualTo(403);
        assertThat(api.get(TestUsers.FINANCE, "/api/receipts/" + "0".repeat(64)).status())
                .isEqualTo(404);
        // only an engineer uploads
        assertThat(api.postBytes(TestUsers.FINANCE, "/api/receipts", "application/pdf", Receipts.uniquePdf())
                        .status())
                .isEqualTo(403);
    }
}
