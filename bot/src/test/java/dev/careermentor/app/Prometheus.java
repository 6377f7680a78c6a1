package dev.careermentor.app;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small parser for the Prometheus text format, enough to read samples back in tests. */
final class Prometheus {
    private static final Pattern SAMPLE =
            Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})?\\s+(\\S+)(\\s+\\d+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Sample(String name, Map<String, String> labels, double value) {}

    /** Every sample; fails on any line that is neither a comment nor a valid sample. */
    static java.util.List<Sample> parse(String text) {
        java.util.List<Sample> out = new java.util.ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            Matcher m = SAMPLE.matcher(line);
            if (!m.matches()) throw new AssertionError("not Prometheus text: " + line);
            Map<String, String> labels = new HashMap<>();
            if (m.group(3) != null) {
                Matcher l = LABEL.matcher(m.group(3));
                while (l.find()) labels.put(l.group(1), l.group(2));
            }
            String v = m.group(4);
            double value = v.equals("+Inf")
                    ? Double.POSITIVE_INFINITY
                    : v.equals("-Inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(v);
            out.add(new Sample(m.group(1), labels, value));
        }
        return out;
    }

    /** The sum of the samples named {@code name} whose labels include {@code labels}. */
    static double value(String text, String name, Map<String, String> labels) {
        return parse(text).stream()
                .filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Sample::value)
                .sum();
    }
}
