package dev.careermentor.core.reply;

/**
 * The strictest limits of the surfaces a reply can reach. The core builds replies within these so
 * that adapters only ever need to split, never to cut facts in half.
 */
public final class Limits {
    private Limits() {}

    /** Discord embed field value. */
    public static final int FIELD_VALUE = 1024;
    /** Discord embed field name is 256; leave room for "(continued)". */
    public static final int FIELD_NAME = 200;
    /** Discord embed title. */
    public static final int TITLE = 256;
    /** The lead paragraph: Discord allows 4096 in a description, Slack 3000 in a section. */
    public static final int TEXT = 3000;
    /** Slack button text is 75; Discord's is 80. */
    public static final int BUTTON_LABEL = 75;
    /** Discord custom_id. */
    public static final int COMPONENT_ID = 100;

    /** Cuts {@code s} to at most {@code max} characters at a word boundary, marking the cut with "…". */
    public static String shorten(String s, int max) {
        if (s == null) return "";
        if (s.length() <= max) return s;
        int cut = max - 1;
        if (Character.isLowSurrogate(s.charAt(cut))) cut--;
        int space = s.lastIndexOf(' ', cut);
        if (space > max * 2 / 3) cut = space;
        return s.substring(0, cut).stripTrailing() + "\u2026";
    }
}
