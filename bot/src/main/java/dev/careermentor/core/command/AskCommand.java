package dev.careermentor.core.command;

import dev.careermentor.core.reply.Limits;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.text.Names;
import java.util.List;

/** Free-text search over the whole knowledge; the best matches, each with its source. */
public final class AskCommand implements Command {
    static final int MAX_HITS = 5;

    @Override
    public String name() {
        return "ask";
    }

    @Override
    public List<String> aliases() {
        return List.of("search", "find");
    }

    @Override
    public List<Param> params() {
        return List.of(param("question", Param.Type.TEXT, true));
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        String question = request.arg("question");
        if (question == null) return Answers.missing(ctx.user(), ctx.knowledge().lang(), this);
        Reply reply = ctx.freeText().answer(question);
        if (reply.kind() == Reply.Kind.NOT_COVERED) ctx.usage().unmatched(question);
        return reply;
    }

    /** "ask" plus the normalised question, cut at a word so a Share button can carry it. */
    public static String canonical(String question) {
        StringBuilder kept = new StringBuilder();
        for (char c : Names.normalize(question).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ') kept.append(c);
        }
        String norm = kept.toString();
        String text = "ask " + norm;
        int max = Limits.COMPONENT_ID - 6;
        if (text.length() > max) {
            int cut = text.lastIndexOf(' ', max);
            text = text.substring(0, cut > 4 ? cut : max);
        }
        return text.strip();
    }
}
