package com.aftersales.app.repair;

import com.aftersales.app.ui.UiTime;
import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How the repair pages' form fields become the API's request records: blank fields are absent
 * (null, as in JSON, so a required one is refused next to it); a {@code datetime-local} input is
 * the company's wall-clock time; lists of parts and accessories are typed one per line.
 */
@ControllerAdvice(assignableTypes = {RepairOrderIntakePage.class, RepairOrderDetailPage.class})
class RepairFormBinding {
    private final ZoneId zone;

    RepairFormBinding(UiTime time) {
        this.zone = time.zone();
    }

    @InitBinder
    void fields(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.registerCustomEditor(Instant.class, new CompanyWallClock(zone));
    }

    @InitBinder({"diagnosis", "work"})
    void partsOnePerLine(WebDataBinder binder) {
        binder.registerCustomEditor(List.class, "partsToReplace", new Lines());
        binder.registerCustomEditor(List.class, "partsReplaced", new Lines());
    }

    @InitBinder("openOrder")
    void accessoriesOnePerLine(WebDataBinder binder) {
        binder.registerCustomEditor(List.class, "inspection.accessoriesReceived", new Lines());
    }

    /** {@code 2026-01-10T09:30} in the company's zone; unreadable text is the field's type mismatch. */
    static final class CompanyWallClock extends PropertyEditorSupport {
        private final ZoneId zone;

        CompanyWallClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            try {
                setValue(LocalDateTime.parse(text.trim()).atZone(zone).toInstant());
            } catch (DateTimeParseException unreadable) {
                throw new IllegalArgumentException(unreadable.getMessage(), unreadable);
            }
        }
    }

    /** One item per line (or comma); blank lines left out. */
    static final class Lines extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(
                    text == null
                            ? List.of()
                            : Arrays.stream(text.split("[\\r\\n,，]+"))
                                    .map(String::strip)
                                    .filter(line -> !line.isEmpty())
                                    .toList());
        }

        @Override
        @SuppressWarnings("unchecked")
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : String.join("\n", (List<String>) value);
        }
    }
}
