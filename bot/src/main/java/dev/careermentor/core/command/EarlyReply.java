package dev.careermentor.core.command;

import dev.careermentor.core.reply.Reply;

/**
 * Ends a command early with a reply that is not its answer, such as "No specialization called …". A
 * command throws it from deep inside a lookup instead of threading an error value back up; whoever runs
 * commands turns it into that reply. It carries no stack trace: it is an answer, not a failure.
 */
public final class EarlyReply extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialised: it lives for one request
    private final Reply reply;

    private final boolean nameNotFound;

    public EarlyReply(Reply reply) {
        this(reply, false);
    }

    /** @param nameNotFound the command stopped because a name it was given names nothing */
    public EarlyReply(Reply reply, boolean nameNotFound) {
        super(reply.title(), null, false, false);
        this.reply = reply;
        this.nameNotFound = nameNotFound;
    }

    /** True when the command stopped because a name it was given names nothing. */
    public boolean nameNotFound() {
        return nameNotFound;
    }

    public Reply reply() {
        return reply;
    }
}
