package dev.careermentor.core.command;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Specialization;
import dev.careermentor.core.reply.Reply;
import java.util.List;

/** One specialization: day-to-day, skills, pay, outlook, how to break in. */
public final class SpecializationCommand implements Command {

    @Override
    public String name() {
        return "specialization";
    }

    @Override
    public List<String> aliases() {
        return List.of("spec", "specialisation");
    }

    @Override
    public List<Param> params() {
        return List.of(param("name", Param.Type.SPECIALIZATION, true));
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Knowledge k = ctx.knowledge();
        String input = request.arg("name");
        if (input == null) return Answers.missing(ctx.user(), k.lang(), this);
        // "specialization llm engineer": the role is no specialization; its pay is what people look for.
        var rolePay = Cards.rolePayName(k, input);
        if (rolePay.isPresent())
            return Cards.rolePay(k, rolePay.get().figure(), k.lang()).build();
        Specialization s =
                Answers.resolve(k.specializations(), input, ctx, "specialization", "specialization", "specializations");
        return render(k, s);
    }

    static Reply render(Knowledge k, Specialization s) {
        return Cards.specialization(Reply.builder(Reply.Kind.ANSWER, s.name()).text(s.summary()), k, s)
                .shareAs("specialization " + s.id())
                .build();
    }
}
