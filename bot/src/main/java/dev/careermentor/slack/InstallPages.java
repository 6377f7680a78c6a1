package dev.careermentor.slack;

import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.builtin.oauth.view.OAuthInstallPageRenderer;
import com.slack.api.bolt.service.builtin.oauth.view.OAuthRedirectUriPageRenderer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.commons.text.StringEscapeUtils;
import org.jspecify.annotations.Nullable;

/**
 * The web pages of installing the app in a workspace: the "Add to Slack" page at {@code /slack/install}, and
 * what {@code /slack/oauth_redirect} shows when Slack sends the installer back: done, or what went wrong in
 * plain words with a link to start again. Everything shown is escaped; the pages load nothing from elsewhere.
 */
final class InstallPages implements OAuthInstallPageRenderer, OAuthRedirectUriPageRenderer {
    /** Relative, so it also works behind a proxy that serves the bot under a path prefix. */
    private static final String START_AGAIN = "install";

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:36em;margin:3em auto;"
            + "padding:0 1em;line-height:1.5;color:#1d1c1d}a.button{display:inline-block;padding:.6em 1.2em;"
            + "border-radius:6px;background:#4a154b;color:#fff;text-decoration:none;font-weight:600}"
            + "p.small{color:#616061;font-size:.9em}";

    /** The "Add to Slack" page, linking to Slack's authorize page with this browser's state. */
    @Override
    public String render(String authorizeUrl) {
        return page(
                "Add Career Mentor to Slack",
                "<p>Career Mentor answers <code>/mentor</code> in your Slack workspace: sourced advice on careers "
                        + "in AI and LLM engineering, and a quiz to pick a specialization.</p>"
                        + "<p><a class=\"button\" href=\"" + escape(authorizeUrl) + "\">Add to Slack</a></p>"
                        + "<p class=\"small\">On Slack's page, pick the workspace and click Allow. You need "
                        + "permission to add apps to it. The button works once, for "
                        + SqlOAuthStateService.LIFETIME.toMinutes() + " minutes, in this browser.</p>");
    }

    /** Shown once the install is saved. */
    @Override
    public String renderSuccessPage(@Nullable Installer installer, @Nullable String completionUrl) {
        String team = installer == null ? null : installer.getTeamId();
        String app = installer == null ? null : installer.getAppId();
        String name = installer instanceof com.slack.api.bolt.model.builtin.DefaultInstaller d ? d.getTeamName() : null;
        String where = name != null ? name : team != null ? team : "your workspace";
        String open =
                team == null || app == null ? "slack://open" : "slack://app?team=" + query(team) + "&id=" + query(app);
        String browser = team == null ? "https://app.slack.com/client" : "https://app.slack.com/client/" + query(team);
        return page(
                "Career Mentor is installed",
                "<p>Career Mentor is now installed in <strong>" + escape(where) + "</strong>. Type <code>/mentor "
                        + "help</code> in any channel or direct message there to start.</p>"
                        + "<p><a class=\"button\" href=\"" + escape(open) + "\">Open Slack</a></p>"
                        + "<p class=\"small\">Using Slack in a browser? <a href=\"" + escape(browser)
                        + "\">Open it there</a>.</p>");
    }

    /** Bolt's own failure page, used only if Bolt fails before our handlers: said plainly all the same. */
    @Override
    public String renderFailurePage(@Nullable String installPath, @Nullable String reason) {
        return failurePage(
                "Career Mentor could not be installed",
                "Something went wrong on the bot's side" + (reason == null ? "" : " (" + reason + ")") + ".");
    }

    /** An install that did not finish: what happened and a link to start again. */
    static Response failure(int status, String title, String text) {
        return html(status, failurePage(title, text));
    }

    static Response html(int status, String body) {
        return Response.builder()
                .statusCode(status)
                .contentType("text/html; charset=utf-8")
                .body(body)
                .build();
    }

    private static String failurePage(String title, String text) {
        return page(
                title,
                "<p>" + escape(text) + "</p><p><a class=\"button\" href=\"" + START_AGAIN + "\">Start again</a></p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                + "</title><style>" + STYLE + "</style></head><body><h1>" + escape(title) + "</h1>" + body
                + "</body></html>\n";
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeHtml4(text);
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
