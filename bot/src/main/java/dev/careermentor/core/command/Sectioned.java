package dev.careermentor.core.command;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.NameIndex;
import dev.careermentor.core.knowledge.model.Section;
import dev.careermentor.core.text.Names;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A command whose answer has named parts a user can ask for one at a time. */
public interface Sectioned {

    /** The parts, given the other arguments typed so far (which topic, for the topic command). */
    List<Section> sections(Knowledge k, Map<String, String> given);

    /** Autocomplete choices for the part parameter. */
    List<NameIndex.Suggestion> suggestParts(Knowledge k, Map<String, String> given, String typed, int max);

    /** "role" or "role survival strategy": what a Share button re-runs. */
    static String canonical(String command, @Nullable String part) {
        return part == null ? command : command + " " + Names.normalize(part);
    }
}
