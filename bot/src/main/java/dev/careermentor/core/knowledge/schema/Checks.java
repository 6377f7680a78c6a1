package dev.careermentor.core.knowledge.schema;

import dev.careermentor.core.knowledge.Problem;
import dev.careermentor.core.knowledge.yaml.Location;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems found in one file; shapes and rules report into it and never stop early. */
public final class Checks {
    private final String file;
    private final LocalDate today;
    private final List<Problem> problems = new ArrayList<>();

    public Checks(String file, LocalDate today) {
        this.file = file;
        this.today = today;
    }

    public void add(Location at, String path, String message) {
        problems.add(new Problem(file, at, path.isEmpty() ? message : path + ": " + message));
    }

    public LocalDate today() {
        return today;
    }

    public List<Problem> problems() {
        return problems;
    }
}
