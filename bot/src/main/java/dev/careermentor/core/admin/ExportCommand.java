package dev.careermentor.core.admin;

import dev.careermentor.core.command.Param;
import dev.careermentor.core.command.Request;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.reply.Reply;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the whole audit log, oldest first, to a JSON Lines file in the data folder's {@code exports}
 * folder: the file versions before 1.1 kept, for anyone who wants it (a backup, a spreadsheet, grep).
 */
public final class ExportCommand implements AdminCommand {
    private static final Logger log = LoggerFactory.getLogger(ExportCommand.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return summary(Lang.EN);
    }

    @Override
    public String summary(Lang lang) {
        return AdminReplies.t(lang, "admin.export.summary");
    }

    @Override
    public List<Param> params() {
        return List.of();
    }

    @Override
    public Reply run(AdminContext ctx, Request request) {
        var moderation = ctx.moderation();
        Path file = moderation
                .exports()
                .resolve("audit-" + STAMP.format(moderation.clock().instant()) + ".jsonl")
                .toAbsolutePath();
        int n;
        try {
            n = moderation.reloader().audit().exportTo(file);
        } catch (IOException | RuntimeException e) {
            log.error("cannot export the audit log to {}: {}", file, e.toString());
            return Reply.error(
                    ctx.t("admin.export.failed.title"), ctx.t("admin.export.failed.text", file, e.getMessage()));
        }
        log.info("{} exported {} audit entries to {}", ctx.user().id(), n, file);
        return Reply.notice(ctx.t("admin.export.title"), ctx.t("admin.export.text", n, file));
    }
}
