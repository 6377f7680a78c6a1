package dev.careermentor.app;

/**
 * Settings for the JDK's built-in HTTP server, which {@code train}'s local stub and the tests' stand-ins use
 * (the Slack and ops endpoints run on Jetty: {@link HttpEndpoint}). The JDK reads them once, when the process
 * creates its first server, so they are applied before any.
 */
public final class JdkHttp {
    private JdkHttp() {}

    public static void configure() {
        // Without nodelay every keep-alive response waits ~40 ms for the client's delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // A client that never finishes sending or reading must not hold a worker for good.
        setIfAbsent("sun.net.httpserver.maxReqTime", "30");
        setIfAbsent("sun.net.httpserver.maxRspTime", "30");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) System.setProperty(property, value);
    }
}
