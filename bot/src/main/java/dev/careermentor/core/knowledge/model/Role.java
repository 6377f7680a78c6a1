package dev.careermentor.core.knowledge.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The LLM-engineer role: prose sections plus its task split and pay by employer type. */
public record Role(
        String id,
        String name,
        List<String> aliases,
        String summary,
        List<Section> sections,
        List<Task> tasks,
        Pay pay,
        String source,
        PartialDate asOf)
        implements Entry {

    public Role {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        sections = List.copyOf(sections);
        tasks = List.copyOf(tasks);
    }

    public record Task(String task, int percent, Impact aiImpact, String note) {}

    public enum Impact {
        @JsonProperty("augmentation")
        AUGMENTATION,
        @JsonProperty("not-involved")
        NOT_INVOLVED,
        @JsonProperty("displacement")
        DISPLACEMENT;

        public String label() {
            return switch (this) {
                case AUGMENTATION -> "AI augments";
                case NOT_INVOLVED -> "AI not involved";
                case DISPLACEMENT -> "AI displaces";
            };
        }
    }

    public record Pay(
            String region, String currency, PartialDate asOf, String note, List<Figure> figures, List<String> notes) {
        public Pay {
            figures = List.copyOf(figures);
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    public record Figure(String employer, String basis, long min, long max, boolean openEnded) {}
}
