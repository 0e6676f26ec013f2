package com.aftersales.app.statistics;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * A figure's name in a language, from the {@code statistics} bundle ({@code figure.<key>}). A key
 * with a value of a breakdown at its end ({@code m2.tickets.urgency.URGENT}, {@code
 * m2.repairs.repeat.model.P-2200}) is named by its family and the value: "按紧急程度 · 紧急".
 */
@Component
public class FigureNames {
    private final MessageSource messages;

    FigureNames(MessageSource messages) {
        this.messages = messages;
    }

    public String name(String key, Locale locale) {
        String whole = message("figure." + key, locale);
        if (whole != null) {
            return whole;
        }
        int last = key.lastIndexOf('.');
        if (last > 0) {
            String family = message("figure." + key.substring(0, last), locale);
            if (family != null) {
                String value = key.substring(last + 1);
                String valueName = message("figure.value." + value, locale);
                return family + " · " + (valueName == null ? value : valueName);
            }
        }
        return key;
    }

    private String message(String code, Locale locale) {
        try {
            return messages.getMessage(code, null, locale);
        } catch (NoSuchMessageException missing) {
            return null;
        }
    }
}
