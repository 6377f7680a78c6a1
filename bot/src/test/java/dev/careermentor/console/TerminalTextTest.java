package dev.careermentor.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Wrapping between words, list items' hanging indentation, and visible control characters. */
class TerminalTextTest {

    @Test
    void linesBreakBetweenWordsNeverInside() {
        assertEquals(
                "Builds product features on\ntop of LLM APIs or\nself-hosted models.",
                TerminalText.wrap("Builds product features on top of LLM APIs or self-hosted models.", 26));
    }

    @Test
    void listItemsKeepTheirIndentationOnContinuationLines() {
        assertEquals(
                "  \u2022 Building product is\n    applied LLM work:\n    features on LLM APIs.",
                TerminalText.wrap("  \u2022 Building product is applied LLM work: features on LLM APIs.", 25));
        assertEquals(
                "  2) Backend or SRE\n     people like\n     systems.",
                TerminalText.wrap("  2) Backend or SRE people like systems.", 20));
        assertEquals("  Early career:\n  $130K\u2013$220K", TerminalText.wrap("  Early career: $130K\u2013$220K", 16));
    }

    @Test
    void onlyAWordLongerThanTheLineIsBroken() {
        assertEquals(
                "see\nhttps://example.c\nom/a/very/long/pa\nth done",
                TerminalText.wrap("see https://example.com/a/very/long/path done", 17));
    }

    @Test
    void shortLinesAndBlankLinesStayAsTheyAre() {
        assertEquals("a b\n\n  c\n", TerminalText.wrap("a b\n\n  c\n", 80));
    }

    @Test
    void controlCharactersAreShown() {
        assertEquals(
                "\\e[31mred\\e]0;title^G ^C^? \\u009B tab\tnew\nline",
                TerminalText.escapeControls("\033[31mred\033]0;title\007 \003\177 \u009b tab\tnew\nline"));
    }
}
