package dev.careermentor.core.command;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.SearchIndex;
import dev.careermentor.core.reply.Cite;
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
    public String summary() {
        return "Free-text search over the whole knowledge; best matches, sourced";
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("question", Param.Type.TEXT, true, "what you want to know"));
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        String question = request.arg("question");
        if (question == null) return Answers.missing(ctx.user(), this, "a question");
        Knowledge k = ctx.knowledge();
        List<SearchIndex.Hit> hits = k.search().search(question, MAX_HITS, 2);
        String shown = Limits.shorten(question, 80);
        if (hits.isEmpty()) {
            ctx.usage().unmatched(question);
            return Reply.error(
                    "Nothing matched \u201C" + shown + "\u201D",
                    "The knowledge has nothing on that yet. Try other words, or "
                            + ctx.user().surface().command("help") + " for the topics it covers.");
        }
        Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, "Best matches for \u201C" + shown + "\u201D")
                .text("From the curated knowledge, most relevant first.");
        for (SearchIndex.Hit h : hits) {
            SearchIndex.Doc d = h.doc();
            b.field(d.entryName() + " \u203A " + d.label(), d.text());
            b.cite(Cite.fact(k, d.source(), d.asOf(), d.entryId()));
        }
        return b.shareAs(canonical(question)).build();
    }

    /** "ask" plus the normalised question, cut at a word so a Share button can carry it. */
    static String canonical(String question) {
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
