package dev.careermentor.core.admin;

import dev.careermentor.core.command.Param;
import dev.careermentor.core.command.Request;
import dev.careermentor.core.moderation.Staleness;
import dev.careermentor.core.reply.Reply;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Facts whose as-of date is older than a given number of months. */
public final class StaleCommand implements AdminCommand {

    @Override
    public String name() {
        return "stale";
    }

    @Override
    public String summary() {
        return "Facts whose as-of date is older than the given months (default 12)";
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("months", Param.Type.TEXT, false, "age in months, 1 to 120 (default 12)"));
    }

    @Override
    public Reply run(AdminContext ctx, Request request) {
        Optional<Integer> parsed = Numbers.parse(request.arg("months"), Staleness.DEFAULT_MONTHS, 1, 120);
        if (parsed.isEmpty()) {
            return Reply.error("Not a number of months", "Give stale a whole number from 1 to 120, e.g. stale 6.");
        }
        int months = parsed.get();
        LocalDate today = LocalDate.now(ctx.moderation().clock());
        List<Staleness.StaleFact> stale = Staleness.find(ctx.knowledge().data(), today, months);
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, "Facts older than " + months + " months")
                .text(
                        stale.isEmpty()
                                ? "None: every fact was confirmed within the last " + months + " months."
                                : stale.size() + " fact(s) to re-check against newer sources, oldest first. Update the "
                                        + "figures and their as_of date, then reload.");
        if (!stale.isEmpty()) {
            b.list(
                    "Stale",
                    AdminReplies.capped(
                            stale.stream()
                                    .map(s -> s.what() + " [" + s.entryId() + "], as of " + s.asOf())
                                    .toList(),
                            "narrow it down with a larger number of months"));
        }
        // Chinese translations made for an older English text (or missing) are stale too.
        List<String> translations = ctx.knowledge().translationNotes();
        if (!translations.isEmpty()) {
            b.list(
                    "Chinese translations to check",
                    AdminReplies.capped(translations, "java -jar career-mentor.jar translations lists them all"));
        }
        return b.build();
    }
}
