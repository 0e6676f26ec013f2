package com.aftersales.app.lineage;

import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.api.lineage.LineageStepView;
import com.aftersales.api.lineage.SerialLineageView;
import com.aftersales.app.contract.HistoryLines;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.WebPage;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The quality manager steps through a unit's lineage: the list of every event with who and when,
 * one step chosen ({@code ?step=N}, the last by default), and the unit's state as it stood after
 * that step, with the step's recorded payload. Previous and next are plain links, so it works
 * without JavaScript and each step has an address one can send to a colleague.
 */
@WebPage
class SerialLineagePage {
    private final SerialLineages lineages;
    private final HistoryLines historyLines;

    SerialLineagePage(SerialLineages lineages, HistoryLines historyLines) {
        this.lineages = lineages;
        this.historyLines = historyLines;
    }

    /** The search box: a serial number typed in goes to its lineage. */
    @GetMapping("/serials/lineage")
    @AllowedRoles({QUALITY, SUPERVISOR, MANAGER})
    String find(@RequestParam(required = false) String serialNumber, Model model) {
        if (serialNumber == null || serialNumber.isBlank()) {
            model.addAttribute("serialNumber", "");
            return "lineage/find";
        }
        return "redirect:/serials/" + UriUtils.encodePathSegment(serialNumber.strip(), "UTF-8") + "/lineage";
    }

    @GetMapping("/serials/{serialNumber}/lineage")
    @AllowedRoles({QUALITY, SUPERVISOR, MANAGER})
    String lineage(@PathVariable String serialNumber, @RequestParam(required = false) Integer step, Model model) {
        SerialLineageView lineage = lineages.of(serialNumber);
        model.addAttribute("serialNumber", lineage.serialNumber());
        if (lineage.steps().isEmpty()) {
            return "lineage/find";
        }
        List<LineageStepView> steps = lineage.steps();
        int chosen = step == null ? steps.size() : Math.max(1, Math.min(step, steps.size()));
        LineageStepView current = steps.get(chosen - 1);
        model.addAttribute("steps", steps);
        model.addAttribute("lines", historyLines.of(asHistory(steps)));
        model.addAttribute("current", current);
        model.addAttribute("chosen", chosen);
        model.addAttribute("previous", chosen > 1 ? chosen - 1 : null);
        model.addAttribute("next", chosen < steps.size() ? chosen + 1 : null);
        return "lineage/lineage";
    }

    /** The actors' names come in one query for the whole lineage, as for any history. */
    private static List<HistoryEntryView> asHistory(List<LineageStepView> steps) {
        return steps.stream()
                .map(s -> new HistoryEntryView(
                        s.sequenceNumber(),
                        s.eventType(),
                        s.recordedAt(),
                        s.actorUserId(),
                        s.actorRole(),
                        null,
                        s.payloadJson()))
                .toList();
    }
}
