package com.aftersales.app.admin;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.MANAGER;

import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.WebPage;
import java.util.Comparator;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The read models (读模型) and how far each is behind the event stream, as {@link
 * ProjectionAdminController}: management watches, administrators rebuild and retry. A replay's
 * progress refreshes itself once a second (htmx) until it has caught up; without JavaScript the
 * page's refresh link does the same.
 */
@WebPage
class ProjectionsPage {
    private static final String PAGE = "/admin/projections";
    private static final int DEAD_LETTERS_SHOWN = 50;

    private final Projections projections;
    private final AdminActions actions;
    private final RuleMessages texts;

    ProjectionsPage(Projections projections, AdminActions actions, RuleMessages texts) {
        this.projections = projections;
        this.actions = actions;
        this.texts = texts;
    }

    /**
     * A projection's position against the head as people read it. {@code done}: nothing left to
     * wait for (caught up, or stopped), so its progress stops refreshing itself.
     */
    record Progress(
            String name,
            boolean running,
            boolean replaying,
            boolean caughtUp,
            long position,
            long head,
            int percent,
            boolean done) {
        static Progress of(Projections.Status status) {
            long position = Math.max(status.position(), -1L);
            long head = status.head();
            int percent =
                    head < 0 ? 100 : (int) Math.max(0, Math.min(100, Math.floorDiv((position + 1) * 100, head + 1)));
            // Not "and no longer replaying": Axon ends a replay only with the first event after the
            // reset point, so a replay that has reached an idle head still says it is replaying.
            boolean caughtUp = status.caughtUp() && position >= head;
            boolean stopped = !status.running() && !status.replaying();
            return new Progress(
                    status.name(),
                    status.running(),
                    status.replaying(),
                    caughtUp,
                    position,
                    head,
                    caughtUp ? 100 : percent,
                    caughtUp || stopped);
        }

        /** Events from the position up to the head. */
        public long behind() {
            return Math.max(0, head - position);
        }

        /** For the label: REPLAYING, CATCHING_UP, CAUGHT_UP or STOPPED. */
        public String state() {
            if (caughtUp) {
                return "CAUGHT_UP";
            }
            if (replaying) {
                return "REPLAYING";
            }
            return running ? "CATCHING_UP" : "STOPPED";
        }
    }

    @GetMapping(PAGE)
    @AllowedRoles({ADMIN, MANAGER})
    String projections(Model model) {
        List<Progress> all = projections.all().stream()
                .map(Progress::of)
                .sorted(Comparator.comparing(Progress::name))
                .toList();
        model.addAttribute("projections", all);
        model.addAttribute("deadLetters", projections.deadLettersOfAll(DEAD_LETTERS_SHOWN));
        return "admin/projections";
    }

    /** The progress of one projection alone, for the page's polling. */
    @GetMapping(PAGE + "/{name}/progress")
    @AllowedRoles({ADMIN, MANAGER})
    String progress(@PathVariable String name, Model model) {
        model.addAttribute("p", Progress.of(projections.status(name)));
        return "admin/projection-progress :: progress";
    }

    /** As {@code POST /api/admin/projections/{name}/rebuild}. */
    @PostMapping(PAGE + "/{name}/rebuild")
    @AllowedRoles({ADMIN})
    String rebuild(@PathVariable String name, RedirectAttributes flash) {
        return actions.run(PAGE + "#projection-" + name, flash, () -> {
            projections.rebuild(name);
            return texts.text("admin.projections.rebuildStarted", name);
        });
    }

    /** As {@code POST /api/admin/projections/{name}/dead-letters/retry}. */
    @PostMapping(PAGE + "/{name}/dead-letters/retry")
    @AllowedRoles({ADMIN})
    String retry(@PathVariable String name, RedirectAttributes flash) {
        return actions.run(PAGE + "#dead-letters-" + name, flash, () -> {
            int processed = projections.retryDeadLetters(name);
            return texts.text("admin.projections.retried", name, processed);
        });
    }
}
