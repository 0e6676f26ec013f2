package com.aftersales.app.expense;

import com.aftersales.api.expense.ExpenseClaimVersionView;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.InvoiceRef;
import com.aftersales.api.expense.ReceiptFile;
import com.aftersales.api.expense.Trip;
import com.aftersales.app.ui.RuleMessages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * X1: the claim form as posted (multipart): the trip and up to {@link #LINES} lines, each with its
 * receipt file. Blank lines are left out; what is not a date, an amount of at most two decimals or
 * an invoice of one of the two forms is reported, and nothing is sent.
 */
public class ClaimForm {
    /** How many line rows the form offers (no script adds rows, CSP). */
    public static final int LINES = 8;

    private String destinationCity;
    private String route;
    private String startDate;
    private String endDate;
    private String dispatchIds;
    private String purpose;
    private String advanceId;
    private String correctionNote;
    private List<LineForm> lines = new ArrayList<>();

    /** One row of the form. {@code keptReceipt} is the hash of the receipt a resubmission keeps. */
    public static class LineForm {
        private String category;
        private String invoiceCode;
        private String invoiceNumber;
        private String issuer;
        private String issueDate;
        private String issueCity;
        private String amount;
        private String description;
        private String keptReceipt;
        private MultipartFile receipt;

        boolean isBlank() {
            return blank(invoiceNumber) && blank(amount) && blank(issueCity) && (receipt == null || receipt.isEmpty());
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String v) {
            category = v;
        }

        public String getInvoiceCode() {
            return invoiceCode;
        }

        public void setInvoiceCode(String v) {
            invoiceCode = v;
        }

        public String getInvoiceNumber() {
            return invoiceNumber;
        }

        public void setInvoiceNumber(String v) {
            invoiceNumber = v;
        }

        public String getIssuer() {
            return issuer;
        }

        public void setIssuer(String v) {
            issuer = v;
        }

        public String getIssueDate() {
            return issueDate;
        }

        public void setIssueDate(String v) {
            issueDate = v;
        }

        public String getIssueCity() {
            return issueCity;
        }

        public void setIssueCity(String v) {
            issueCity = v;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String v) {
            amount = v;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String v) {
            description = v;
        }

        public String getKeptReceipt() {
            return keptReceipt;
        }

        public void setKeptReceipt(String v) {
            keptReceipt = v;
        }

        public MultipartFile getReceipt() {
            return receipt;
        }

        public void setReceipt(MultipartFile v) {
            receipt = v;
        }
    }

    /** A form of empty rows. */
    static ClaimForm empty() {
        ClaimForm form = new ClaimForm();
        form.padLines();
        return form;
    }

    /** X2: the rejected version's trip and lines, for the engineer to correct. */
    static ClaimForm of(ExpenseClaimVersionView version) {
        ClaimForm form = new ClaimForm();
        Trip trip = version.trip();
        form.destinationCity = trip.destinationCity();
        form.route = String.join(", ", trip.route());
        form.startDate = trip.startDate().toString();
        form.endDate = trip.endDate().toString();
        form.dispatchIds = String.join(", ", trip.dispatchIds());
        form.purpose = trip.purpose();
        for (ExpenseLine line : version.lines()) {
            LineForm row = new LineForm();
            row.category = line.category().name();
            row.invoiceCode = line.invoice().code();
            row.invoiceNumber = line.invoice().number();
            row.issuer = line.issuer();
            row.issueDate = line.issueDate().toString();
            row.issueCity = line.issueCity();
            row.amount = line.amount().toPlainString();
            row.description = line.description();
            row.keptReceipt = line.receipt() == null ? null : line.receipt().sha256();
            form.lines.add(row);
        }
        form.padLines();
        return form;
    }

    void padLines() {
        while (lines.size() < LINES) {
            lines.add(new LineForm());
        }
    }

    /** The trip, or null with the reasons added to {@code errors}. */
    Trip trip(List<String> errors, RuleMessages messages) {
        String city = required(destinationCity, "expenses.field.destinationCity", errors, messages);
        LocalDate start = date(startDate, "expenses.field.startDate", errors, messages);
        LocalDate end = date(endDate, "expenses.field.endDate", errors, messages);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(messages.text("expenses.error.endBeforeStart"));
        }
        if (city == null || start == null || end == null || end.isBefore(start)) {
            return null;
        }
        return new Trip(city, list(route), start, end, list(dispatchIds), ExpensePages.blankToNull(purpose));
    }

    /** A receipt stored for one row: the upload, or the receipt a resubmission keeps. */
    interface Receipts {
        ReceiptFile of(int row, LineForm line, List<String> errors);
    }

    /** The lines, numbered from 1, or what is wrong with them in {@code errors}. */
    List<ExpenseLine> lines(List<String> errors, RuleMessages messages, Receipts receipts) {
        List<ExpenseLine> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineForm row = lines.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            int lineNo = result.size() + 1;
            int before = errors.size();
            ExpenseLineCategory category = null;
            try {
                category = ExpenseLineCategory.valueOf(row.category);
            } catch (IllegalArgumentException | NullPointerException unknown) {
                errors.add(messages.text("expenses.error.line", lineNo, messages.text("expenses.field.category")));
            }
            InvoiceRef invoice =
                    InvoiceRef.parse(row.invoiceCode, row.invoiceNumber).orElse(null);
            if (invoice == null) {
                errors.add(messages.text("expenses.error.invoice", lineNo));
            }
            LocalDate issued = date(row.issueDate, "expenses.field.issueDate", errors, messages);
            String city = required(row.issueCity, "expenses.field.issueCity", errors, messages);
            BigDecimal amount = money(row.amount, "expenses.field.amount", errors, messages);
            ReceiptFile receipt = receipts.of(i, row, errors);
            if (errors.size() == before) {
                result.add(new ExpenseLine(
                        lineNo,
                        category,
                        invoice,
                        ExpensePages.blankToNull(row.issuer),
                        issued,
                        city,
                        amount,
                        receipt,
                        ExpensePages.blankToNull(row.description)));
            }
        }
        if (result.isEmpty() && errors.isEmpty()) {
            errors.add(messages.text("expenses.error.noLines"));
        }
        return result;
    }

    static String required(String value, String field, List<String> errors, RuleMessages messages) {
        if (blank(value)) {
            errors.add(messages.text("expenses.error.required", messages.text(field)));
            return null;
        }
        return value.strip();
    }

    static LocalDate date(String value, String field, List<String> errors, RuleMessages messages) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException | NullPointerException notADate) {
            errors.add(messages.text("expenses.error.date", messages.text(field)));
            return null;
        }
    }

    /** Money in CNY: positive, at most two decimals (fen). */
    static BigDecimal money(String value, String field, List<String> errors, RuleMessages messages) {
        try {
            BigDecimal amount = new BigDecimal(value.strip());
            if (amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2) {
                return amount.setScale(2);
            }
        } catch (NumberFormatException | NullPointerException notANumber) {
            // reported below
        }
        errors.add(messages.text("expenses.error.amount", messages.text(field)));
        return null;
    }

    private static List<String> list(String text) {
        return blank(text)
                ? List.of()
                : Arrays.stream(text.split("[,，、\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getDestinationCity() {
        return destinationCity;
    }

    public void setDestinationCity(String v) {
        destinationCity = v;
    }

    public String getRoute() {
        return route;
    }

    public void setRoute(String v) {
        route = v;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String v) {
        startDate = v;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String v) {
        endDate = v;
    }

    public String getDispatchIds() {
        return dispatchIds;
    }

    public void setDispatchIds(String v) {
        dispatchIds = v;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String v) {
        purpose = v;
    }

    public String getAdvanceId() {
        return advanceId;
    }

    public void setAdvanceId(String v) {
        advanceId = v;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public void setCorrectionNote(String v) {
        correctionNote = v;
    }

    public List<LineForm> getLines() {
        return lines;
    }

    public void setLines(List<LineForm> v) {
        lines = v;
    }
}
