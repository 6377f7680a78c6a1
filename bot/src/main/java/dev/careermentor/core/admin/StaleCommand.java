package dev.careermentor.core.admin;

import dev.careermentor.core.command.Param;
import dev.careermentor.core.command.Request;
import dev.careermentor.core.i18n.Lang;
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
        return summary(Lang.EN);
    }

    @Override
    public String summary(Lang lang) {
        return AdminReplies.t(lang, "admin.stale.summary");
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("months", Param.Type.TEXT, false, "age in months, 1 to 120 (default 12)"));
    }

    @Override
    public Reply run(AdminContext ctx, Request request) {
        Optional<Integer> parsed = Numbers.parse(request.arg("months"), Staleness.DEFAULT_MONTHS, 1, 120);
        if (parsed.isEmpty()) {
            return Reply.error(ctx.t("admin.stale.nan.title"), ctx.t("admin.stale.nan.text"));
        }
        int months = parsed.get();
        LocalDate today = LocalDate.now(ctx.moderation().clock());
        List<Staleness.StaleFact> stale = Staleness.find(ctx.english().data(), today, months);
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, ctx.t("admin.stale.title", months))
                .text(stale.isEmpty() ? ctx.t("admin.stale.none", months) : ctx.t("admin.stale.text", stale.size()));
        if (!stale.isEmpty()) {
            b.list(
                    ctx.t("admin.stale.list"),
                    AdminReplies.capped(
                            ctx.lang(),
                            stale.stream()
                                    .map(s -> ctx.t("admin.stale.line", s.what(), s.entryId(), s.asOf()))
                                    .toList(),
                            ctx.t("admin.stale.more")));
        }
        // Chinese translations made for an older English text (or missing) are stale too.
        List<String> translations = ctx.knowledge().translationNotes();
        if (!translations.isEmpty()) {
            b.list(
                    ctx.t("admin.stale.translations"),
                    AdminReplies.capped(ctx.lang(), translations, ctx.t("admin.stale.translations.more")));
        }
        return b.build();
    }
}
