#!/usr/bin/env bash
# Builds the Career Mentor image with whichever engine is here (Docker with BuildKit, or podman, which
# builds with buildah) and checks what an operator relies on: labels, a non-root user, --version, a loud
# exit without a platform, JSON logs, the JVM's memory sizing and JAVA_OPTS, and the HEALTHCHECK
# against a running bot.
#
#   deploy/check-image.sh                        build, then check
#   deploy/check-image.sh --build-arg K=V ...    extra arguments go to the build command
#   SKIP_BUILD=1 IMAGE=career-mentor:1.1.0 deploy/check-image.sh    check an image already built
#
# Environment: IMAGE (default career-mentor:check), ENGINE (docker or podman; default the first that
# works: docker needs a running daemon), SKIP_BUILD=1. Needs python3 on the host for the health check's
# stand-in Slack API, and jq or python3 to parse JSON. Exit status 0 when every check passed, 1 when any
# failed, 2 when the image could not be built or no engine can run containers.
set -euo pipefail

cd "$(dirname "$0")/.."
IMAGE=${IMAGE:-career-mentor:check}

say() { printf '%s\n' "$*"; }
die() { printf 'check-image: %s\n' "$*" >&2; exit 2; }

# The engine that builds and runs containers. buildah alone cannot run them; podman builds with
# buildah's code and shares its images, so an image from `buildah bud` can be checked with SKIP_BUILD=1.
if [[ -n ${ENGINE:-} ]]; then
    command -v "$ENGINE" >/dev/null || die "ENGINE=$ENGINE is not installed."
elif command -v docker >/dev/null && docker info >/dev/null 2>&1; then
    ENGINE=docker
elif command -v podman >/dev/null; then
    ENGINE=podman
else
    die "no container engine: install Docker (with a running daemon) or podman (Debian: apt-get install podman buildah)."
fi
case $ENGINE in docker | podman) ;; *) die "ENGINE must be docker or podman, not $ENGINE." ;; esac

# ---------------------------------------------------------------------------------------------- build
VERSION=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
[[ -n $VERSION ]] || die "cannot read the version from pom.xml."
REVISION=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
# The repository's address for the source label, without any credentials in it.
SOURCE=$(git remote get-url origin 2>/dev/null | sed -E 's#(://)[^/@]*@#\1#' || true)

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
    build_args=(--build-arg "VERSION=$VERSION" --build-arg "REVISION=$REVISION" -t "$IMAGE")
    [[ -n $SOURCE ]] && build_args+=(--build-arg "SOURCE=$SOURCE")
    if [[ $ENGINE == docker ]]; then
        # BuildKit for the cache mount; the default since Docker 23, asked for explicitly for 18.09 to 22.
        build=(env DOCKER_BUILDKIT=1 docker build)
    else
        # podman builds with buildah's code (cache mounts without BuildKit). --format docker: OCI image
        # configs have no HEALTHCHECK, podman would drop it.
        build=(podman build --format docker)
    fi
    say "== building $IMAGE ($VERSION, revision $REVISION) with ${build[*]}"
    "${build[@]}" "${build_args[@]}" "$@" . || die "the build failed (output above)."
fi

# ---------------------------------------------------------------------------------------------- checks
passed=0
failed=0
ok() { say "ok    $*"; passed=$((passed + 1)); }
fail() { say "FAIL  $*"; failed=$((failed + 1)); }

work=$(mktemp -d)
container=""
stand_in=""
cleanup() {
    if [[ -n $container ]]; then "$ENGINE" rm -f -v "$container" >/dev/null 2>&1 || true; fi
    if [[ -n $stand_in ]]; then kill "$stand_in" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# Runs the image with a closed network, no TTY, stdin empty and no health check schedule; stdout to $work/out, stderr to $work/err,
# and the exit status in $status.
run() {
    status=0
    "$ENGINE" run --rm --network none --no-healthcheck "$@" "$IMAGE" </dev/null >"$work/out" 2>"$work/err" || status=$?
}
runargs() { # like run, with arguments for the jar after --
    local opts=()
    while [[ $1 != -- ]]; do opts+=("$1"); shift; done
    shift
    status=0
    "$ENGINE" run --rm --network none --no-healthcheck "${opts[@]}" "$IMAGE" "$@" </dev/null >"$work/out" 2>"$work/err" || status=$?
}
show() { sed 's/^/      | /' "$1" | head -n "${2:-10}" || true; }
is_json() { # stdin holds one line: exit 0 if it is a JSON object
    if command -v jq >/dev/null; then jq -e 'type == "object"' >/dev/null 2>&1; else
        python3 -c 'import json,sys; sys.exit(0 if isinstance(json.load(sys.stdin), dict) else 1)' 2>/dev/null
    fi
}
label() { "$ENGINE" image inspect --format "{{ index .Config.Labels \"org.opencontainers.image.$1\" }}" "$IMAGE"; }

say "== checking $IMAGE with $ENGINE"

# Labels.
for name in title description source version revision licenses; do
    value=$(label "$name" 2>/dev/null || true)
    if [[ $name == version && $value != "$VERSION" ]]; then
        fail "label version is '$value', the pom says $VERSION"
    elif [[ $name == source || -n $value ]]; then
        # source stays empty until the project has a public address (a git remote named origin, or
        # --build-arg SOURCE=...).
        ok "label $name='$value'"
    else
        fail "label $name is missing"
    fi
done

# Non-root.
uid=$("$ENGINE" run --rm --network none --no-healthcheck --entrypoint id "$IMAGE" -u </dev/null 2>&1 || true)
if [[ $uid =~ ^[0-9]+$ && $uid != 0 ]]; then ok "runs as uid $uid (not root)"; else fail "runs as '$uid': expected a non-root uid"; fi

# --version.
runargs -- --version
if [[ $status == 0 ]] && grep -Eq "^career-mentor $VERSION \\(revision [^)]+\\)$" "$work/out"; then
    ok "--version prints: $(cat "$work/out")"
else
    fail "--version exited $status, expected 'career-mentor $VERSION (revision ...)':"
    show "$work/out"; show "$work/err"
fi

# No platform and no terminal: a loud exit, not a silent 0 that --restart always repeats forever.
run
if [[ $status != 0 ]] && grep -q "Career Mentor has nothing to serve" "$work/err"; then
    ok "no token, no TTY: exit $status with \"$(grep -m 1 'nothing to serve' "$work/err" | cut -c 1-60)...\""
else
    fail "no token, no TTY: exit $status, expected non-zero and 'Career Mentor has nothing to serve':"
    show "$work/err"
fi
# ... and a misspelled variable is named.
run -e SLACK_TOKEN=xoxb-misspelled
if [[ $status != 0 ]] && grep -q "SLACK_TOKEN (did you mean .*SLACK_BOT_TOKEN" "$work/err"; then
    ok "a misspelled SLACK_TOKEN is named: $(grep -m 1 'SLACK_TOKEN' "$work/err")"
else
    fail "SLACK_TOKEN set: exit $status, expected non-zero and 'did you mean ... SLACK_BOT_TOKEN':"
    show "$work/err"
fi

# JSON logs: Discord at a closed port logs an error and the bot exits 2; every log line is a JSON object.
run -e MENTOR_LOG_FORMAT=json -e DISCORD_TOKEN=aaa.bbb.ccc -e DISCORD_API_URL=http://127.0.0.1:1/
json_lines=0
bad_lines=0
while IFS= read -r line; do
    [[ $line == '{'* ]] || continue
    if is_json <<<"$line"; then json_lines=$((json_lines + 1)); else bad_lines=$((bad_lines + 1)); fi
done <"$work/err"
if [[ $status != 0 && $json_lines -gt 0 && $bad_lines == 0 ]] && grep -q '"level":"ERROR"' "$work/err"; then
    ok "MENTOR_LOG_FORMAT=json: $json_lines log line(s) parse as JSON objects (exit $status)"
else
    fail "MENTOR_LOG_FORMAT=json: exit $status, $json_lines JSON line(s), $bad_lines that do not parse:"
    show "$work/err"
fi

# Memory: the heap follows the container's limit (75%), and JAVA_OPTS reaches the JVM.
runargs -e JAVA_OPTS="-XX:+PrintFlagsFinal" -- --version
if grep -Eq 'MaxRAMPercentage += 75\.0' "$work/out" && grep -Eq 'InitialRAMPercentage += 25\.0' "$work/out"; then
    ok "JAVA_OPTS honoured; MaxRAMPercentage=75, InitialRAMPercentage=25"
else
    fail "JAVA_OPTS=-XX:+PrintFlagsFinal did not show MaxRAMPercentage=75 and InitialRAMPercentage=25:"
    { grep -E 'RAMPercentage' "$work/out" || true; } | show /dev/stdin
    show "$work/err"
fi
runargs -e JAVA_OPTS="-XX:MaxRAMPercentage=50 -XX:+PrintFlagsFinal" -- --version
if grep -Eq 'MaxRAMPercentage += 50\.0' "$work/out"; then
    ok "JAVA_OPTS wins over the image's flags (-XX:MaxRAMPercentage=50)"
else
    fail "JAVA_OPTS=-XX:MaxRAMPercentage=50 did not override the image's 75"
fi
runargs --memory 512m -e JAVA_OPTS="-XX:+PrintFlagsFinal" -- --version
if [[ $status == 0 ]]; then
    heap=$(awk '$2 == "MaxHeapSize" {print $4}' "$work/out")
    # 75% of 512 MiB is 384 MiB; the JVM rounds to its heap alignment.
    if [[ -n $heap ]] && ((heap >= 370 * 1024 * 1024 && heap <= 400 * 1024 * 1024)); then
        ok "with --memory 512m the heap may grow to $((heap / 1024 / 1024)) MiB"
    else
        fail "with --memory 512m MaxHeapSize is '${heap:-?}', expected about 384 MiB"
    fi
else
    say "skip  --memory 512m: $ENGINE cannot set a memory limit here ($(head -n 1 "$work/err"))"
fi

# The health check: configured, costs no JVM, and answers when a bot runs.
health=$("$ENGINE" image inspect --format '{{ json .Config.Healthcheck }}' "$IMAGE" 2>/dev/null || true)
if [[ -z $health || $health == null || $health == '{}' ]]; then
    # podman keeps it at the top level of its inspect output.
    health=$("$ENGINE" image inspect --format '{{ json .HealthCheck }}' "$IMAGE" 2>/dev/null || true)
fi
if [[ $health == *healthcheck.sh* && $health != *java* ]]; then
    ok "HEALTHCHECK is set and starts no JVM: $health"
else
    fail "HEALTHCHECK missing or runs java (built without --format docker?): '$health'"
fi

command -v python3 >/dev/null || die "python3 is needed for the stand-in Slack API of the health check."
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
api_port=$(free_port)
slack_port=$(free_port)
ops_port=$(free_port)
# Slack in HTTP mode is the one platform that starts with nothing but auth.test answered: a stand-in on
# the host's loopback answers it, and the container shares the host's network to reach it.
cat >"$work/slack.py" <<'PY'
import http.server, sys
class Api(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        ok = self.path.rstrip("/").endswith("auth.test")
        body = (b'{"ok":true,"url":"https://stand-in.slack.com/","team":"Stand-in","user":"mentor",'
                b'"team_id":"T0CHECK","user_id":"U0BOT","bot_id":"B0BOT"}' if ok else b'{"ok":false,"error":"unknown_method"}')
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Api).serve_forever()
PY
python3 "$work/slack.py" "$api_port" &
stand_in=$!
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$api_port") 2>/dev/null && break; sleep 0.1; done

container=career-mentor-check-$$
schedule=()
# podman schedules health checks with systemd timers; the check runs it on demand instead.
[[ $ENGINE == podman ]] && schedule=(--health-interval disable)
"$ENGINE" run -d --name "$container" --network host "${schedule[@]}" \
    -e SLACK_BOT_TOKEN=xoxb-check -e SLACK_SIGNING_SECRET=check-secret \
    -e SLACK_API_URL="http://127.0.0.1:$api_port/api/" \
    -e MENTOR_SLACK_HOST=127.0.0.1 -e MENTOR_SLACK_PORT="$slack_port" -e MENTOR_OPS_PORT="$ops_port" \
    "$IMAGE" >/dev/null
healthy=""
for _ in $(seq 60); do
    if "$ENGINE" exec "$container" bash /app/healthcheck.sh >/dev/null 2>&1; then healthy=yes; break; fi
    [[ $("$ENGINE" inspect --format '{{.State.Running}}' "$container" 2>/dev/null) == true ]] || break
    sleep 1
done
if [[ -n $healthy ]]; then
    start=$(date +%s%N)
    "$ENGINE" exec "$container" bash /app/healthcheck.sh
    took=$((($(date +%s%N) - start) / 1000000))
    ok "the health check answers 0 against a running bot (${took} ms including $ENGINE exec)"
    # The engine's own run of the configured HEALTHCHECK.
    if [[ $ENGINE == podman ]]; then
        if out=$(podman healthcheck run "$container" 2>&1); then ok "podman healthcheck run: ${out:-healthy}"; else fail "podman healthcheck run: $out"; fi
    else
        say "      (docker runs the HEALTHCHECK itself every 30 s; see docker inspect --format '{{json .State.Health}}')"
    fi
    if "$ENGINE" exec -e MENTOR_OPS_PORT=1 "$container" bash /app/healthcheck.sh >"$work/out" 2>&1; then
        fail "the health check passes against a closed port"
    else
        ok "the health check fails against a closed port: $(head -n 1 "$work/out")"
    fi
else
    fail "the health check never passed; the bot's log:"
    { "$ENGINE" logs "$container" 2>&1 || true; } | show /dev/stdin 20
fi
"$ENGINE" stop -t 10 "$container" >/dev/null 2>&1 || true

say "== $passed passed, $failed failed"
[[ $failed == 0 ]]
