package dev.careermentor.corpus;

import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Field;
import dev.careermentor.core.reply.Limits;
import dev.careermentor.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;

/** The checks every reply in the corpus must pass, whatever went in. */
final class ReplyLimits {
    private ReplyLimits() {}

    /** The title the core uses when it caught an exception: the corpus must never see it. */
    static final String INTERNAL_ERROR = "Something went wrong";

    static List<String> violations(Reply r) {
        List<String> out = new ArrayList<>();
        if (r == null) {
            out.add("null reply");
            return out;
        }
        if (INTERNAL_ERROR.equals(r.title())) out.add("an exception escaped into the core's safety net");
        if (r.title().isBlank()) out.add("blank title");
        if (r.title().length() > Limits.TITLE) out.add("title " + r.title().length());
        if (r.text().length() > Limits.TEXT) out.add("text " + r.text().length());
        for (Field f : r.fields()) {
            if (f.value().length() > Limits.FIELD_VALUE)
                out.add("field value " + f.value().length());
            if (f.name().length() > 256) out.add("field name " + f.name().length());
            if (f.value().isBlank()) out.add("blank field " + f.name());
        }
        for (Button b : r.buttons()) {
            if (b.id().length() > Limits.COMPONENT_ID) out.add("custom id " + b.id().length());
            if (b.label().length() > Limits.BUTTON_LABEL)
                out.add("label " + b.label().length());
        }
        if (r.buttons().size() > 25) out.add(r.buttons().size() + " buttons");
        return out;
    }
}
