package com.aftersales.app.ticket;

import com.aftersales.app.ui.UiTime;
import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How the ticket page's form fields become the API's request records. A {@code datetime-local}
 * input holds a wall-clock time without a zone: it is the company's, as the page showed it, and
 * becomes the instant the API would have been sent. Blank fields are absent (null), as in JSON; the
 * service report's parts are one per line.
 */
@ControllerAdvice(
        assignableTypes = {
            TicketServicePage.class,
            TicketVisitPage.class,
            TicketLogisticsPage.class,
            TicketCasePage.class,
            TicketAftercarePage.class
        })
class TicketFormBinding {
    private final ZoneId zone;

    TicketFormBinding(UiTime time) {
        this.zone = time.zone();
    }

    @InitBinder
    void fields(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.registerCustomEditor(Instant.class, new CompanyWallClock(zone));
        binder.registerCustomEditor(LocalDate.class, new IsoDate());
    }

    @InitBinder("serviceReport")
    void partsOnePerLine(WebDataBinder binder) {
        binder.registerCustomEditor(List.class, new Lines());
    }

    /** Spring reports an IllegalArgumentException of an editor as a type mismatch of the field. */
    private static <T> T parsed(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (DateTimeParseException unreadable) {
            throw new IllegalArgumentException(unreadable.getMessage(), unreadable);
        }
    }

    /** {@code 2026-01-10T09:30} in the company's zone. */
    static final class CompanyWallClock extends PropertyEditorSupport {
        private final ZoneId zone;

        CompanyWallClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public void setAsText(String text) {
            setValue(
                    text == null || text.isBlank()
                            ? null
                            : parsed(() -> LocalDateTime.parse(text.trim()))
                                    .atZone(zone)
                                    .toInstant());
        }
    }

    /** {@code 2026-01-10}, what a date input sends whatever the page's language. */
    static final class IsoDate extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(text == null || text.isBlank() ? null : parsed(() -> LocalDate.parse(text.trim())));
        }
    }

    /** One entry per non-blank line; none at all is an empty list. */
    static final class Lines extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(
                    text == null
                            ? List.of()
                            : Arrays.stream(text.split("\\R"))
                                    .map(String::trim)
                                    .filter(line -> !line.isEmpty())
                                    .toList());
        }
    }
}
