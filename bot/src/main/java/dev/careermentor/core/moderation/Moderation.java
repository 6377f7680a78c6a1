package dev.careermentor.core.moderation;

import dev.careermentor.core.User;
import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Entry;
import dev.careermentor.core.knowledge.model.KnowledgeData;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.session.RecentKeys;
import dev.careermentor.core.stats.UsageStats;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What moderators work with: the reloader and its audit log, users' reports, and the clock. */
public final class Moderation {
    private static final Logger log = LoggerFactory.getLogger(Moderation.class);

    private final Reloader reloader;
    private final ReportLog reports;
    private final Clock clock;
    private final RecentKeys reported;
    private final UsageStats stats;
    private final Path exports;

    /**
     * @param reported remembers recent reports so one person clicking repeatedly files one report
     * @param stats usage aggregates for the stats command; null when not kept
     * @param exports the folder the admin export command writes the audit log to (in the data folder)
     */
    public Moderation(
            Reloader reloader, ReportLog reports, Clock clock, RecentKeys reported, UsageStats stats, Path exports) {
        this.reloader = reloader;
        this.reports = reports;
        this.clock = clock;
        this.reported = reported;
        this.stats = stats;
        this.exports = exports;
    }

    /** The folder {@code export} writes to. */
    public Path exports() {
        return exports;
    }

    public UsageStats stats() {
        return stats;
    }

    public Reloader reloader() {
        return reloader;
    }

    public ReportLog reports() {
        return reports;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Records an "outdated?" click on the given facts and thanks the user in the language of {@code k}
     * (a knowledge's English or Chinese face); the report itself names entries in English, for moderators.
     */
    public Reply report(User user, Knowledge k, List<ComponentIds.Fact> facts) {
        Lang lang = k.lang();
        Map<String, Entry> entries = entries(k.in(Lang.EN).data());
        Map<String, Entry> shown = entries(k.data());
        List<String> names = new ArrayList<>();
        List<String> logged = new ArrayList<>();
        int recorded = 0;
        for (ComponentIds.Fact f : facts) {
            Entry e = entries.get(f.entryId());
            if (e == null) continue; // removed or renamed since the answer was shown
            names.add(shown.getOrDefault(f.entryId(), e).name());
            logged.add(e.name());
            if (!reported.firstTime(ComponentIds.owner(user) + "|" + f.entryId() + "|" + f.asOf())) continue;
            try {
                reports.add(new Report(
                        clock.instant().toString(),
                        e.id(),
                        e.name(),
                        f.asOf(),
                        user.surface().label()));
                recorded++;
            } catch (IOException ex) {
                log.error("cannot save a report on {}: {}", e.id(), ex.toString());
                return Reply.error(
                        Msg.get(lang, "error.report.failed.title"), Msg.get(lang, "error.report.failed.text"));
            }
        }
        if (names.isEmpty()) {
            return Reply.notice(Msg.get(lang, "reply.report.gone.title"), Msg.get(lang, "reply.report.gone.text"));
        }
        log.info("outdated report on {} from {} ({} new)", logged, user.surface(), recorded);
        return Reply.notice(
                Msg.get(lang, "reply.report.title"),
                Msg.get(lang, "reply.report.text", String.join(Msg.get(lang, "reply.report.and"), names)));
    }

    /** Every reportable entry by id. */
    public static Map<String, Entry> entries(KnowledgeData k) {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (Entry e : k.entries()) out.put(e.id(), e);
        return out;
    }
}
