package com.aftersales.command.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.api.expense.InvoiceRef;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** X1, X5: an invoice as written on a form is normalised before it is compared (the registry's key). */
class InvoiceRefTest {

    @Test
    @DisplayName("X1: full-width digits, ideographic spaces and hyphens are the same classic invoice")
    void fullWidthDigitsSpacesAndHyphensNormalise_X1() {
        InvoiceRef invoice = InvoiceRef.parse("０４４００１９００１１１", "1234\u3000-5678").orElseThrow();
        assertThat(invoice).isEqualTo(new InvoiceRef("044001900111", "12345678"));
        assertThat(invoice.key()).isEqualTo("044001900111:12345678");
        assertThat(invoice.isElectronic()).isFalse();
        assertThat(invoice.toString()).isEqualTo("044001900111 12345678");
    }

    @Test
    @DisplayName("X1: a 10-digit code is a classic invoice code too")
    void aTenDigitCodeIsAClassicCode_X1() {
        assertThat(InvoiceRef.parse("3200-1234-56", "00001234")).contains(new InvoiceRef("3200123456", "00001234"));
    }

    @Test
    @DisplayName("X1: a 20-digit number without a code is a fully digital e-invoice (数电票)")
    void twentyDigitsWithoutACodeAreAnEInvoice_X1() {
        InvoiceRef invoice = InvoiceRef.parse(" ", "2532 2000 0000 1234 5678").orElseThrow();
        assertThat(invoice.code()).isNull();
        assertThat(invoice.isElectronic()).isTrue();
        assertThat(invoice.key()).isEqualTo("E:25322000000012345678");
        assertThat(invoice.toString()).isEqualTo("25322000000012345678");
        assertThat(InvoiceRef.parse(null, "25322000000012345678")).contains(invoice);
        assertThat(new InvoiceRef("", "25322000000012345678")).isEqualTo(invoice);
    }

    @Test
    @DisplayName("X1: letters become upper case, dashes of every kind go; a letter is no digit")
    void lettersAreUpperCasedAndStillNoDigits_X1() {
        assertThat(InvoiceRef.normalise("ab‐c‑d‒e–f—g−h-i")).isEqualTo("ABCDEFGHI");
        assertThat(InvoiceRef.normalise("ａｂ\t１")).isEqualTo("AB1");
        assertThat(InvoiceRef.normalise(null)).isEmpty();
        assertThat(InvoiceRef.parse("04400190011a", "12345678")).isEmpty();
        assertThat(InvoiceRef.parse(null, "2532200000001234567x")).isEmpty();
    }

    static Stream<Arguments> invalidLengths() {
        Stream<Arguments> codes = IntStream.rangeClosed(1, 14)
                .filter(n -> n != 10 && n != 12)
                .mapToObj(n -> Arguments.of("1".repeat(n), "12345678"));
        Stream<Arguments> numbers = IntStream.rangeClosed(1, 22)
                .filter(n -> n != 8)
                .mapToObj(n -> Arguments.of("044001900111", "2".repeat(n)));
        Stream<Arguments> electronic =
                IntStream.rangeClosed(1, 22).filter(n -> n != 20).mapToObj(n -> Arguments.of(null, "3".repeat(n)));
        return Stream.of(codes, numbers, electronic).flatMap(s -> s);
    }

    @ParameterizedTest(name = "code {0}, number {1}")
    @MethodSource("invalidLengths")
    @DisplayName("X1: every other length of code or number is no invoice")
    void everyOtherLengthIsRefused_X1(String code, String number) {
        assertThat(InvoiceRef.parse(code, number)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> new InvoiceRef(code, number)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("X1: a malformed invoice on a claim is refused with its rule code")
    void aMalformedInvoiceIsTheRulesRefusal_X1() {
        assertThat(ClaimLines.invoice("044001900111", "1234 5678"))
                .isEqualTo(new InvoiceRef("044001900111", "12345678"));
        assertThatThrownBy(() -> ClaimLines.invoice("044001900111", "1234567"))
                .hasFieldOrPropertyWithValue("code", "EXPENSE_INVOICE_MALFORMED");
    }
}
