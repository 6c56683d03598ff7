package fr.vigie.web;

import fr.vigie.document.Document;
import fr.vigie.document.Page;
import fr.vigie.facts.Evidence;
import fr.vigie.report.GapReport;
import fr.vigie.report.ReportTexts;
import fr.vigie.report.RequirementResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A document as the viewer shows it: its text page by page, the evidence of the report marked where it
 * was read, each mark carrying its requirement and status; one mark may be the one the user clicked.
 */
public record DocumentView(String name, List<PageView> pages, List<Mark> marks) {

    /** A piece of page text, marked or not. */
    public record Segment(String text, Mark mark) {
    }

    public record PageView(int number, List<Segment> segments) {
    }

    /** @param focused the evidence the user followed (scrolled to and outlined) */
    public record Mark(int index, String requirement, String title, String status, String statusLabel, boolean gap,
                       String message, String remediation, int start, int end, boolean focused, int page) {
    }

    /**
     * @param focusRequirement the requirement whose evidence the user followed, or null
     * @param focusStart       the start offset of that evidence, or -1
     */
    public static DocumentView of(Document document, GapReport report, String focusRequirement, int focusStart) {
        List<Mark> marks = new ArrayList<>();
        for (RequirementResult r : report.findings()) {
            for (Evidence e : r.evidence()) {
                if (!e.document().equals(document.name()) || e.end() <= e.start() || e.end() > document.text().length()) {
                    continue;
                }
                boolean focused = r.requirement().equals(focusRequirement) && e.start() == focusStart;
                marks.add(new Mark(0, r.requirement(), r.title(), r.status().name(), ReportTexts.status(r.status()), r.isGap(),
                        r.message(), r.remediation(), e.start(), e.end(), focused, e.page()));
            }
        }
        // Overlapping evidence (one sentence serving several requirements) is drawn once, focused or gap first.
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(m -> !m.focused()).thenComparing(m -> !m.gap()));
        List<Mark> drawn = new ArrayList<>();
        int reached = -1;
        for (Mark m : marks) {
            if (m.start() >= reached) {
                drawn.add(new Mark(drawn.size() + 1, m.requirement(), m.title(), m.status(), m.statusLabel(), m.gap(),
                        m.message(), m.remediation(), m.start(), m.end(), m.focused(), m.page()));
                reached = m.end();
            }
        }
        List<PageView> pages = new ArrayList<>();
        for (Page page : document.pages()) {
            List<Segment> segments = new ArrayList<>();
            int at = page.start();
            for (Mark m : drawn) {
                if (m.end() <= page.start() || m.start() >= page.end()) {
                    continue;
                }
                int from = Math.max(m.start(), page.start());
                int to = Math.min(m.end(), page.end());
                if (from > at) {
                    segments.add(new Segment(document.text().substring(at, from), null));
                }
                segments.add(new Segment(document.text().substring(from, to), m));
                at = to;
            }
            if (at < page.end()) {
                segments.add(new Segment(document.text().substring(at, page.end()), null));
            }
            pages.add(new PageView(page.number(), segments));
        }
        return new DocumentView(document.name(), pages, drawn);
    }
}
