package dev.careermentor.discord;

import java.net.URI;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * A session controller whose gateway is a configured URL (DISCORD_GATEWAY_URL) instead of Discord's:
 * a single JDA instance asks {@link #getGateway()} where to connect, and so does a shard that starts over
 * after its session was lost. Sharded, JDA's ShardManager asks {@link #getShardedGateway(JDA)} instead,
 * which still reads GET /gateway/bot for the shard count and max_concurrency; only its URL is replaced.
 * Resumes still use the resume_gateway_url that the gateway hands out in READY.
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

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway discord = super.getShardedGateway(api);
        return new ShardedGateway(url, discord.getShardTotal(), discord.getConcurrency());
    }
}
