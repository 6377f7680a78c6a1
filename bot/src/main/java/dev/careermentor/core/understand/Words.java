package dev.careermentor.core.understand;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How questions and knowledge text are cut into words the same way: lowercase, punctuation as spaces,
 * a space between Latin and Chinese script, and plurals folded so "engineers" meets "engineer". Chinese
 * has no spaces, so its runs of characters are matched as substrings and indexed as character pairs.
 */
final class Words {
    private Words() {}

    /** Words too common to tell passages apart. */
    static final Set<String> STOP = Set.of(
            "a",
            "an",
            "the",
            "and",
            "or",
            "of",
            "to",
            "in",
            "on",
            "for",
            "is",
            "are",
            "was",
            "be",
            "do",
            "does",
            "did",
            "i",
            "me",
            "my",
            "you",
            "your",
            "it",
            "its",
            "what",
            "which",
            "who",
            "how",
            "can",
            "should",
            "would",
            "could",
            "with",
            "as",
            "at",
            "by",
            "from",
            "that",
            "this",
            "there",
            "about",
            "into",
            "than",
            "then",
            "so",
            "if",
            "get",
            "any",
            "some",
            "we",
            "us",
            "our",
            "they",
            "them",
            "their",
            "have",
            "has",
            "will",
            "not",
            "no",
            "yes",
            "like",
            "really",
            "know",
            "just",
            "also",
            "am",
            "im",
            "i'm",
            "s",
            "t",
            "here",
            "what's",
            "whats",
            "there's",
            "thing",
            "stuff",
            "kind",
            "lol",
            "pls",
            "please",
            "ok",
            "one",
            "ones",
            "much",
            "many",
            "more",
            "most",
            "all",
            "when",
            "where",
            "why",
            "way",
            "need",
            "want",
            "doing",
            "these",
            "those",
            "been",
            "being",
            "were",
            "very",
            "too",
            "vs",
            "above",
            "after",
            "again",
            "against",
            "because",
            "before",
            "below",
            "between",
            "both",
            "but",
            "each",
            "few",
            "further",
            "nor",
            "only",
            "other",
            "out",
            "over",
            "own",
            "same",
            "such",
            "through",
            "under",
            "until",
            "up",
            "while",
            "whom",
            "yet",
            "actually",
            "even",
            "still",
            "ever",
            "must",
            "might",
            "may",
            "shall",
            "go",
            "goes",
            "going",
            "gone",
            "got",
            "lot",
            "lots",
            "bit",
            "things",
            "anything",
            "something",
            "someone",
            "anyone",
            "everyone",
            "people",
            "guy",
            "guys",
            "folks",
            "right",
            "now",
            "okay",
            "yeah",
            "hey",
            "ya",
            "u",
            "ur",
            "gonna",
            "wanna",
            "kinda",
            "sorta",
            "maybe",
            "probably",
            "anyway",
            "anyways",
            "though",
            "thus",
            "hence",
            "i've",
            "i'd",
            "i'll",
            "you're",
            "it's",
            "don't",
            "doesn't",
            "isn't",
            "aren't",
            "can't",
            "won't",
            "wouldn't",
            "shouldn't",
            "couldn't",
            "let",
            "tell",
            "say",
            "said",
            "see",
            "look",
            "looking",
            "think",
            "give",
            "getting",
            "put",
            "take",
            "took",
            "use",
            "using",
            "used",
            "knowing",
            "feel",
            "feeling",
            "better",
            "good",
            "great",
            "nice",
            "cool",
            "needed",
            "needs",
            "worth",
            "enough",
            "without",
            "days",
            "nowadays",
            "lately",
            "currently",
            "haha",
            "plz",
            "somebody",
            "whatever",
            "sort",
            "type",
            "什么",
            "哪些",
            "有哪",
            "哪个",
            "怎么",
            "需要",
            "有什",
            "要什",
            "比较",
            "较好",
            "一般",
            "大概",
            "现在",
            "可以",
            "能不",
            "是不",
            "会不",
            "不会",
            "没有",
            "有没",
            "一下",
            "一些",
            "这些",
            "那些",
            "还是",
            "就是",
            "如何",
            "为什",
            "好的",
            "怎样",
            "的话",
            "以及",
            "或者",
            "应该",
            "还能",
            "能做",
            "要会",
            "要学",
            "什么样",
            "么样",
            "那个",
            "这个",
            "一定",
            "要不",
            "不要",
            "多大",
            "exist",
            "exists",
            "existing",
            "happen",
            "happens",
            "basically",
            "honestly",
            "literally");

    /** Lowercase, compatibility-normalised, punctuation turned to spaces, scripts apart; single spaces. */
    static String prepare(String raw) {
        String n = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length() + 8);
        int prevClass = 0; // 0 space, 1 latin/digit, 2 cjk
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.FORMAT) continue;
            int cls;
            if (isCjk(cp)) cls = 2;
            else if (Character.isLetterOrDigit(cp) || cp == '+' || cp == '#' || cp == '$' || cp == '%') cls = 1;
            else if ((cp == '.' || cp == '\'' || cp == '-')
                    && prevClass == 1
                    && i < n.length()
                    && Character.isLetterOrDigit(n.codePointAt(i))) {
                out.appendCodePoint(cp == '-' ? ' ' : cp); // 69.2 and don't stay whole; fine-tuning splits
                continue;
            } else cls = 0;
            if (cls == 0) {
                if (prevClass != 0) out.append(' ');
                prevClass = 0;
                continue;
            }
            if (prevClass != 0 && prevClass != cls) out.append(' ');
            out.appendCodePoint(cp);
            prevClass = cls;
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') out.setLength(len - 1);
        return out.toString();
    }

    /** The words of prepared text, Latin ones folded; Chinese runs stay whole. */
    static List<String> tokens(String prepared) {
        List<String> out = new ArrayList<>();
        if (prepared.isEmpty()) return out;
        for (String t : prepared.split(" ", -1)) {
            if (!t.isEmpty()) out.add(hasCjk(t) || STOP.contains(t) ? t : fold(t));
        }
        return out;
    }

    /** Plurals and possessives folded: "engineers" and "engineer's" are "engineer". */
    static String fold(String w) {
        if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
        if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * A folded word cut further for search: "training" meets "train", "tuning" meets "tune". Names are
     * matched on folded words only, so "engineering" (a path) never names "engineer".
     */
    static String stem(String folded) {
        String w = folded;
        if (w.length() > 5 && w.endsWith("ing")) w = w.substring(0, w.length() - 3);
        else if (w.length() > 5 && w.endsWith("ed") && !w.endsWith("eed")) w = w.substring(0, w.length() - 2);
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            w = w.substring(0, n - 1); // "shipped", "shipping": "ship"
        }
        if (w.length() > 4 && w.endsWith("e") && !w.endsWith("ee")) w = w.substring(0, w.length() - 1);
        return w;
    }

    private static final Set<String> NUMBER_WORDS = Set.of(
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "twenty",
            "thirty",
            "hundred",
            "thousand",
            "million",
            "billion",
            "dozen",
            "half",
            "twice",
            "once");

    /** Whether a text states a number: a digit, or a number written as a word ("two months"). */
    static boolean hasNumber(String text) {
        if (text.chars().anyMatch(Character::isDigit)) return true;
        for (String w : prepare(text).split(" ", -1)) {
            if (NUMBER_WORDS.contains(w)) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile(
            "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|a couple of)"
                    + "\\+?(?:\\s*(?:-|–|to)\\s*\\d+\\+?)?[\\s-]*(?:month|year|week|day|hour)s?\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Whether a text states a count of something the question names: a whole number or a percentage, not
     * an amount of money, with one of {@code terms} within four words of it ("49,200 job postings", "postings rose to
     * 49,200").
     */
    static boolean countsAny(String text, Set<String> terms) {
        List<String> words = tokens(prepare(text));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            // A score or a ratio ("69.2", "3.2 to 1") or a year ("2025") counts nothing.
            boolean number = NUMBER_WORDS.contains(w)
                    || !w.startsWith("$")
                            && !w.contains(".")
                            && !w.matches("(19|20)\\d\\d")
                            && w.chars().anyMatch(Character::isDigit);
            if (!number) continue;
            // The scale of a score ("7.9 of 100", "2 of 5") counts nothing either.
            if (i >= 2
                    && words.get(i - 1).equals("of")
                    && words.get(i - 2).chars().anyMatch(Character::isDigit)) continue;
            for (int j = Math.max(0, i - 4); j <= Math.min(words.size() - 1, i + 4); j++) {
                if (j != i && terms.contains(stem(words.get(j)))) return true;
            }
        }
        return false;
    }

    static boolean hasDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    /** Whether a text states a length of time: "2–3 months", "two months", "about 3 years". */
    static boolean hasDuration(String text) {
        return DURATION.matcher(text).find();
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL;
    }

    static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(Words::isCjk);
    }

    /** Text without spaces, for finding Chinese phrases inside unsegmented runs. */
    static String squeeze(String prepared) {
        return prepared.replace(" ", "");
    }

    /** Overlapping character pairs of a Chinese run, and the single characters of a short one. */
    static void cjkTerms(String run, List<String> out) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            out.add(run);
            return;
        }
        for (int i = 0; i + 1 < cps.length; i++) out.add(new String(cps, i, 2));
    }

    /** Optimal string alignment distance (a swap of neighbours counts once), or max+1 when it exceeds max. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) return max + 1;
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
        }
        return d[n][m];
    }

    /** How many typos a word of this length may hold and still count: none under 4 letters. */
    static int tolerance(int length) {
        if (length < 4) return 0;
        if (length <= 5) return 1;
        if (length <= 9) return 2;
        return 3;
    }
}
