package com.aftersales.app.ui;

import com.aftersales.api.common.BusinessRuleViolation;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refused command in the page's language. In English it is the API's own message (with its
 * details: ids, times); in Chinese the rule's sentence from the {@code rules} bundle. Both carry the
 * rule id, so a clerk can look the rule up in docs/domain/.
 */
@Component
public class RuleMessages {
    private final MessageSource messages;

    RuleMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String text(BusinessRuleViolation violation) {
        Locale locale = LocaleContextHolder.getLocale();
        String sentence = "en".equals(locale.getLanguage())
                ? violation.getMessage()
                : messages.getMessage("rule." + violation.code(), null, violation.getMessage(), locale);
        return messages.getMessage("rule.refused", new Object[] {violation.ruleId(), sentence}, locale);
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
