package dev.careermentor.discord.fake;

/** A Discord account known to the fake. */
public record FakeUser(String id, String name, boolean bot) {

    public static FakeUser person(String name) {
        return new FakeUser(Snowflakes.next(), name, false);
    }
}
