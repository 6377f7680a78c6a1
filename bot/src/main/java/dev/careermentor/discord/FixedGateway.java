package dev.careermentor.discord;

import java.net.URI;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * A session controller whose gateway is a configured URL (DISCORD_GATEWAY_URL) instead of Discord's:
 * a single JDA instance asks {@link #getGateway()} where to connect. Resumes still use the
 * resume_gateway_url that the gateway hands out in READY.
 */
final class FixedGateway extends ConcurrentSessionController {
    private final String url;

    FixedGateway(URI url) {
        this.url = url.toString();
    }

    @Override
    public String getGateway() {
        return url;
    }
}
