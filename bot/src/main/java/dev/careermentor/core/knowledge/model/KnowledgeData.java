package dev.careermentor.core.knowledge.model;

import dev.careermentor.core.knowledge.model.meta.Doc;
import dev.careermentor.core.knowledge.model.meta.Kind;
import dev.careermentor.core.knowledge.model.meta.OptionalField;
import dev.careermentor.core.knowledge.model.meta.Range;
import dev.careermentor.core.knowledge.model.meta.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The knowledge file as written, after validation; see {@code knowledge/README.md} for each field. These
 * records are the one model of the format: the validator's shape checks and the JSON Schema are built
 * from them and their annotations.
 */
@Kind(
        name = "knowledge file",
        doc = "Career Mentor's curated knowledge. Edit by hand; validate with "
                + "`java -jar bot/target/career-mentor.jar validate`.")
public record KnowledgeData(
        @Doc("format version; 1") @Range(min = 1, max = 1, hint = "write 1.")
        int format,

        @Doc("the source articles") @Size(min = 1, max = 20, what = "sources")
        List<Source> sources,

        @Doc("the career paths") @Size(min = 1, max = 5, what = "paths")
        List<CareerPath> paths,

        @Doc("what applies to both paths") Topic pathsAdvice,

        @Doc("the specializations") @Size(min = 1, max = 20, what = "specializations")
        List<Specialization> specializations,

        @Doc("backgrounds people come from") @Size(min = 1, max = 20, what = "backgrounds")
        List<Background> backgrounds,

        @Doc("switching between specializations") Switching switching,
        @Doc("the LLM-engineer role") Role role,

        @Doc("guides on one subject each (how to become one, hiring, choosing...); add one to add a topic")
        @Size(min = 1, max = 40, what = "topics")
        List<Topic> topics,

        @Doc("terms the sources explain: RAG, RLHF, LoRA...") @OptionalField @Size(min = 0, max = 200, what = "terms")
        List<Term> glossary,

        @Doc("the words people use for what they ask about; without it only names and commands are understood")
        @OptionalField
        Vocabulary vocabulary,

        @Doc("the specialization quiz") Quiz quiz) {

    public KnowledgeData {
        sources = List.copyOf(sources);
        paths = List.copyOf(paths);
        specializations = List.copyOf(specializations);
        backgrounds = List.copyOf(backgrounds);
        topics = List.copyOf(topics);
        glossary = glossary == null ? List.of() : List.copyOf(glossary);
        vocabulary = vocabulary == null ? Vocabulary.NONE : vocabulary;
    }

    /** Every entry, in the order the file lists them: what moderation, search and staleness walk. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>(paths);
        out.add(pathsAdvice);
        out.addAll(specializations);
        out.addAll(backgrounds);
        out.add(switching);
        out.add(role);
        out.addAll(topics);
        out.addAll(glossary);
        out.add(quiz);
        return List.copyOf(out);
    }

    /** The prose topics a user can open by name: the advice for both paths, then the topics list. */
    public List<Topic> allTopics() {
        List<Topic> out = new ArrayList<>();
        out.add(pathsAdvice);
        out.addAll(topics);
        return List.copyOf(out);
    }
}
