package dev.careermentor.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The English and Chinese message catalogs say the same things: the same keys, the same placeholders per
 * key, every pattern valid, and no Chinese sentence left as an English copy.
 */
public class CatalogTest {
    /**
     * Keys whose Chinese is rightly the same as the English although it has letters: names and tool words
     * that stay as they are. Add a key here only when the English is what a Chinese reader should see.
     */
    static final Set<String> SAME_IN_CHINESE = Set.of();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    /** The catalog file of {@code lang} alone, without the fallback to English a bundle adds. */
    public static Map<String, String> file(Lang lang) {
        String name = lang == Lang.EN ? "messages.properties" : "messages_" + lang.code() + ".properties";
        Properties p = new Properties();
        try (InputStream in = CatalogTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new AssertionError("no " + name + " on the classpath");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + name, e);
        }
        Map<String, String> out = new TreeMap<>();
        p.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    @Test
    void bothCatalogsHaveTheSameKeys() {
        Set<String> en = file(Lang.EN).keySet();
        Set<String> zh = file(Lang.ZH).keySet();
        Set<String> missing = new TreeSet<>(en);
        missing.removeAll(zh);
        Set<String> extra = new TreeSet<>(zh);
        extra.removeAll(en);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            fail("messages_zh.properties lacks " + missing.size() + " key(s) of messages.properties: " + missing
                    + "\nmessages_zh.properties has " + extra.size() + " key(s) messages.properties lacks: "
                    + extra);
        }
    }

    @Test
    void eachKeyHasTheSamePlaceholdersInBoth() {
        Map<String, String> en = file(Lang.EN);
        Map<String, String> zh = file(Lang.ZH);
        List<String> wrong = new ArrayList<>();
        for (var e : en.entrySet()) {
            String z = zh.get(e.getKey());
            if (z == null) continue; // reported by bothCatalogsHaveTheSameKeys
            if (!placeholders(e.getValue()).equals(placeholders(z))) {
                wrong.add(e.getKey() + ": en " + placeholders(e.getValue()) + ", zh " + placeholders(z));
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyPatternParsesAndQuotesAreDoubled() {
        List<String> wrong = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            file(lang).forEach((key, pattern) -> {
                try {
                    new MessageFormat(pattern, lang.locale());
                } catch (IllegalArgumentException e) {
                    wrong.add(lang.code() + " " + key + ": " + e.getMessage());
                }
                // A lone ' starts a quote in a pattern with arguments and shows as is in one without.
                if (pattern.replace("''", "").contains("'")) {
                    wrong.add(lang.code() + " " + key + ": a lone ' (write '' for an apostrophe)");
                }
            });
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void noChineseSentenceIsAnEnglishCopy() {
        Map<String, String> en = file(Lang.EN);
        Map<String, String> zh = file(Lang.ZH);
        List<String> copies = new ArrayList<>();
        for (var e : en.entrySet()) {
            String words = e.getValue().replaceAll("\\{[^}]*}", "");
            boolean letters = words.codePoints().anyMatch(Character::isLetter);
            if (letters && e.getValue().equals(zh.get(e.getKey())) && !SAME_IN_CHINESE.contains(e.getKey())) {
                copies.add(e.getKey() + "=" + e.getValue());
            }
        }
        assertTrue(copies.isEmpty(), "untranslated (add to SAME_IN_CHINESE if meant):\n" + String.join("\n", copies));
    }

    @Test
    void msgFillsInArgumentsAndQuotes() {
        assertEquals("Did you mean serving?", Msg.get(Lang.EN, "cmd.notfound.didyoumean", "serving"));
        assertEquals("你是不是想找：serving？", Msg.get(Lang.ZH, "cmd.notfound.didyoumean", "serving"));
        assertEquals("That's the same specialization", Msg.get(Lang.EN, "cmd.switch.same.title"));
        assertEquals(
                "I don't know that topic. Type x to see them all.",
                Msg.get(Lang.EN, "cmd.notfound.unknown", "topic", "x"));
        assertEquals("1 specialization", Msg.get(Lang.EN, "cmd.specializations.title", 1));
        assertEquals("6 specializations", Msg.get(Lang.EN, "cmd.specializations.title", 6));
        assertEquals("6 个专长方向", Msg.get(Lang.ZH, "cmd.specializations.title", 6));
    }

    /** The argument indexes a pattern uses, those inside choice formats included; quoted text skipped. */
    static Set<Integer> placeholders(String pattern) {
        String unquoted = pattern.replace("''", "").replaceAll("'[^']*'", "");
        Set<Integer> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(unquoted);
        while (m.find()) out.add(Integer.parseInt(m.group(1)));
        return out;
    }
}
