# syntax=docker/dockerfile:1
# Build stage: compile and package the shaded jar with Maven on JDK 17.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY bot/pom.xml bot/
# Resolve dependencies in their own layer so code changes don't re-download them.
RUN mvn -B -q -pl bot -am dependency:go-offline
COPY bot/src bot/src
# The class-data archive is built in the runtime stage, with the JVM that will use it.
RUN mvn -B -q -pl bot -am package -DskipTests -Dexec.skip=true

# Runtime stage: a JRE only, running as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 mentor \
    && useradd --system --uid 10001 --gid mentor --home-dir /app --shell /usr/sbin/nologin mentor
WORKDIR /app
COPY --from=build /src/bot/target/career-mentor.jar /app/career-mentor.jar
COPY knowledge /app/knowledge
# The audit log and users' reports live here; mount a volume to keep them across containers.
RUN mkdir -p /app/data && chown mentor:mentor /app/data
# AppCDS: a training run records the classes start-up loads, so starts map them instead (about a
# third faster to ready; docs/performance.md). Built here, with the runtime's own JVM.
RUN MENTOR_LOG_LEVEL=WARN MENTOR_KNOWLEDGE_DIR=/app/knowledge java -Xlog:cds=off -Xlog:cds+dynamic=off \
        -XX:ArchiveClassesAtExit=/app/career-mentor.jsa -jar /app/career-mentor.jar train
VOLUME ["/app/data"]
ENV MENTOR_KNOWLEDGE_DIR=/app/knowledge \
    MENTOR_DATA_DIR=/app/data
USER mentor
# 3000: Slack HTTP mode. 9090: health and metrics (bound to 127.0.0.1 unless MENTOR_OPS_HOST=0.0.0.0).
EXPOSE 3000 9090
# Liveness through the ops endpoint, which runs whenever a chat platform is configured.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["java", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-jar", "/app/career-mentor.jar", "healthcheck"]
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-XX:SharedArchiveFile=/app/career-mentor.jsa", \
    "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0", "-jar", "/app/career-mentor.jar"]
