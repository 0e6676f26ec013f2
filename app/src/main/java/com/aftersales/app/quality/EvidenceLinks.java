package com.aftersales.app.quality;

import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * P2: where a piece of evidence can be opened. A kind links to the page that shows it only when
 * such a page exists in this application (looked up once among the page handlers), so the
 * evidence list never links to a page of a feature that is not there; the others show their id.
 */
@Component("evidenceLinks")
public class EvidenceLinks {
    /** The pages that may show each kind, the first existing one wins. */
    private static final Map<EvidenceKind, List<String>> CANDIDATES = Map.of(
            EvidenceKind.REPAIR_ORDER, List.of("/repairs/{id}", "/repair-orders/{id}"),
            EvidenceKind.QUALITY_REVIEW, List.of("/quality/reviews/{id}"),
            EvidenceKind.COMPLAINT, List.of("/complaints/{id}"),
            EvidenceKind.TICKET, List.of("/tickets/{id}"),
            EvidenceKind.EXPENSE_AUDIT, List.of("/expense-audits/{id}", "/expenses/{id}"));

    private final RequestMappingHandlerMapping handlers;
    private volatile Map<EvidenceKind, String> pages = Map.of();

    EvidenceLinks(RequestMappingHandlerMapping requestMappingHandlerMapping) {
        this.handlers = requestMappingHandlerMapping;
    }

    @EventListener(ContextRefreshedEvent.class)
    void findPages() {
        Set<String> getPages = handlers.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getKey()
                                .getMethodsCondition()
                                .getMethods()
                                .isEmpty()
                        || entry.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(entry -> entry.getKey().getPatternValues().stream())
                .collect(Collectors.toSet());
        Map<EvidenceKind, String> found = new EnumMap<>(EvidenceKind.class);
        CANDIDATES.forEach((kind, candidates) -> candidates.stream()
                .filter(candidate -> getPages.stream()
                        .anyMatch(p -> p.replaceAll("\\{[^}]+}", "{id}").equals(candidate)))
                .findFirst()
                .ifPresent(page -> found.put(kind, page)));
        pages = found;
    }

    /** The page of {@code evidence}, or null when none shows it. */
    public String href(EvidenceRef evidence) {
        String page = pages.get(evidence.kind());
        return page == null ? null : page.replace("{id}", evidence.id());
    }
}
