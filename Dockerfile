# Career Mentor's image. deploy/check-image.sh builds it with docker, podman or buildah and checks it;
# docs/operations.md#docker explains the options below.
#
# Builders. The Maven step uses a cache mount (RUN --mount=type=cache), so plugins and dependencies are
# downloaded once per builder rather than on every code change. That needs one of:
#   - Docker with BuildKit: the default `docker build` since Docker 23; on 18.09 to 22 set DOCKER_BUILDKIT=1
#     (or use `docker buildx build`);
#   - podman or buildah, which implement cache mounts without BuildKit:
#     `podman build --format docker .` (--format docker keeps the HEALTHCHECK, which OCI images drop).
# Docker's legacy builder (DOCKER_BUILDKIT=0) cannot parse --mount and stops at that line; it is deprecated
# and not supported here. There is no `# syntax=` line on purpose: the builders' own Dockerfile parsers
# know cache mounts, and a syntax image would be one more unpinned download from a registry.
#
# Base images are pinned to a release (JDK 17.0.13+11, Maven 3.9.9). Tags can still be re-pushed: for
# reproducible builds, pin digests too (FROM image:tag@sha256:...), read from your registry with
# `docker buildx imagetools inspect` (not recorded here, as they could not be verified offline).
ARG BUILD_IMAGE=maven:3.9.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17.0.13_11-jre

# Build stage: compile and package the shaded jar with Maven on JDK 17.
FROM ${BUILD_IMAGE} AS build
# The git revision the jar reports (--version, mentor_build_info): the context holds no .git
# (.dockerignore), so the builder passes it, e.g. --build-arg REVISION=$(git rev-parse --short=12 HEAD).
ARG REVISION=unknown
WORKDIR /src
COPY pom.xml ./
COPY bot/pom.xml bot/
# Error Prone needs the javac exports in .mvn/jvm.config.
COPY .mvn .mvn
COPY bot/src/main bot/src/main
# ~/.m2 is a cache mount: kept by the builder between builds, never part of a layer. Tests are neither
# compiled nor run here (mvn verify runs them); the class-data archive is built in the runtime stage,
# with the JVM that will use it.
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    mvn -B -q -pl bot -am package -Dmaven.test.skip=true -Dexec.skip=true \
        -Dmaven.gitcommitid.skip=true -Dgit.commit.id.abbrev="${REVISION}"

# Runtime stage: a JRE only, running as an unprivileged user.
FROM ${RUNTIME_IMAGE}
# OCI labels. VERSION is the pom's <version> and REVISION the git revision (deploy/check-image.sh passes
# both). The repository declares no licence and no public address yet: LICENSES says NOASSERTION (SPDX's
# word for "not stated") and SOURCE is empty until the project sets them here or with --build-arg.
ARG VERSION=unknown
ARG REVISION=unknown
ARG SOURCE=""
ARG LICENSES=NOASSERTION
LABEL org.opencontainers.image.title="Career Mentor" \
      org.opencontainers.image.description="A chat bot that mentors people entering AI/LLM engineering, on Discord, Slack and the terminal." \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.licenses="${LICENSES}" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}"
RUN groupadd --system --gid 10001 mentor \
    && useradd --system --uid 10001 --gid mentor --home-dir /app --shell /usr/sbin/nologin mentor
WORKDIR /app
COPY --from=build /src/bot/target/career-mentor.jar /app/career-mentor.jar
COPY knowledge /app/knowledge
COPY deploy/healthcheck.sh /app/healthcheck.sh
# The audit log and users' reports live here; mount a volume to keep them across containers.
RUN mkdir -p /app/data && chown mentor:mentor /app/data
# AppCDS: a training run records the classes start-up loads, so starts map them instead (about a
# third faster to ready; docs/performance.md). Built here, with the runtime's own JVM.
RUN MENTOR_LOG_LEVEL=WARN MENTOR_KNOWLEDGE_DIR=/app/knowledge java -Xlog:cds=off -Xlog:cds+dynamic=off \
        -XX:ArchiveClassesAtExit=/app/career-mentor.jsa -jar /app/career-mentor.jar train
VOLUME ["/app/data"]
# JAVA_OPTS: extra JVM options, read at every start and placed after the image's own, so they win
# (e.g. -XX:MaxRAMPercentage=60 or -XX:+UseG1GC). Split on spaces; no quoting inside.
ENV MENTOR_KNOWLEDGE_DIR=/app/knowledge \
    MENTOR_DATA_DIR=/app/data \
    JAVA_OPTS=""
USER mentor
# 3000: Slack HTTP mode. 9090: health and metrics (bound to 127.0.0.1 unless MENTOR_OPS_HOST=0.0.0.0).
EXPOSE 3000 9090
# Liveness through the ops endpoint, which runs whenever a chat platform is configured: bash's /dev/tcp,
# a few milliseconds per probe instead of a JVM start (0.65 s and 72 MB).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "/app/healthcheck.sh"]
# The heap follows the container's memory limit: 75% of it (a 512 MB limit gave a 128 MB heap, the JVM's
# 25% default), starting at 25%. A shell reads JAVA_OPTS, then `exec` makes java PID 1, so it receives
# SIGTERM from `docker stop` and drains requests; `set -f` keeps JAVA_OPTS from globbing. JAVA_OPTS
# rather than JAVA_TOOL_OPTIONS: the JVM announces the latter on stderr ("Picked up ..."), a plain line
# in a JSON log stream, and every java the container runs would take it. Arguments after the image name
# (--version, validate, ...) reach the jar as "$@".
ENTRYPOINT ["/bin/sh", "-c", "set -f; exec java -XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=25 \
-XX:+ExitOnOutOfMemoryError -XX:SharedArchiveFile=/app/career-mentor.jsa -XX:+UnlockDiagnosticVMOptions \
-XX:ArchiveRelocationMode=0 $JAVA_OPTS -jar /app/career-mentor.jar \"$@\"", "career-mentor"]
