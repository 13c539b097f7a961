#!/usr/bin/env bash
# Runs the whole system on one machine on its embedded defaults: the Confluence plugin's preview server
# (REST API + macro pages, embedded H2 under ./data/preview) and the Slack bot (embedded H2 under
# ./data/bot) wired to it. Without Slack credentials the bot opens its local console in this terminal.
# Ctrl-C stops both; everything stored stays in ./data.
set -euo pipefail
cd "$(dirname "$0")/.."

export ALLIANCE_PROFILE="${ALLIANCE_PROFILE:-bolton}"
# The operator clock (README, "Running at another date"): both processes read these, and refuse to
# start when a clock is set without ALLIANCE_CLOCK_ALLOWED=true.
for var in ALLIANCE_CLOCK ALLIANCE_CLOCK_OFFSET ALLIANCE_CLOCK_ALLOWED OPERATOR_TOKEN; do
  if [ -n "${!var:-}" ]; then export "${var?}"; fi
done
PREVIEW_PORT="${PREVIEW_PORT:-8090}"
# The bot's integration token for the preview server: PREVIEW_INTEGRATION_TOKEN, else the one made at
# random on first start and kept in data/preview/integration-token (never printed in full).
token_file="data/preview/integration-token"
if [ -n "${PREVIEW_INTEGRATION_TOKEN:-}" ]; then
  INTEGRATION_TOKEN="$PREVIEW_INTEGRATION_TOKEN"
else
  mkdir -p data/preview
  if [ ! -s "$token_file" ]; then
    (umask 077; head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' >"$token_file")
  fi
  INTEGRATION_TOKEN="$(tr -d '\n' <"$token_file")"
fi

# Only the bot's console reads this terminal: the build and the preview server get no input (a build step
# forwarding a closed or piped stdin failed with "Stream closed", and input meant for the console was lost).
# The build shows each module as Maven reaches it and how long it took (issue 17: the first run printed
# nothing for two minutes); Maven's full output is kept in data/build.log.
mkdir -p data
echo "Building (the first run downloads dependencies from Maven Central and takes a few minutes; Maven's output: data/build.log)"
build_started=$SECONDS
if ! mvn -B -ntp -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true \
  -pl confluence-plugin,slack-bot -am \
  package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime \
  </dev/null 2>&1 | tee data/build.log | awk '
    /^\[INFO\] Building .*\[[0-9]+\/[0-9]+\]/ {
      step = $NF; name = $0; sub(/^\[INFO\] Building /, "", name); sub(/ +\[[0-9]+\/[0-9]+\]$/, "", name)
      printf "  %s %s\n", step, name; fflush()
    }
    /^\[ERROR\]/ { print; fflush() }'; then
  echo "The build failed after $((SECONDS - build_started)) s; the end of data/build.log:" >&2
  tail -n 20 data/build.log >&2
  exit 1
fi
build_took=$((SECONDS - build_started))
echo "Built in $((build_took / 60)) min $((build_took % 60)) s."

# Dependencies first: target/classes also holds the copies of shared-model that bnd embeds in the
# bundle; the shared-model jar is the one the rest of the build used.
plugin_cp="$(cat confluence-plugin/target/classpath.txt):confluence-plugin/target/classes:confluence-host-api/target/classes"
bot_cp="slack-bot/target/classes:$(cat slack-bot/target/classpath.txt)"

preview_pid=""
cleanup() {
  if [ -n "$preview_pid" ] && kill -0 "$preview_pid" 2>/dev/null; then
    kill "$preview_pid" && wait "$preview_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT INT TERM

PREVIEW_PORT="$PREVIEW_PORT" PREVIEW_INTEGRATION_TOKEN="$INTEGRATION_TOKEN" \
  java -cp "$plugin_cp" org.alliancecompact.confluence.preview.PreviewServer </dev/null >data/preview.log 2>&1 &
preview_pid=$!

echo -n "Starting the preview server on http://127.0.0.1:$PREVIEW_PORT "
for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$PREVIEW_PORT/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$preview_pid" 2>/dev/null; then echo; echo "The preview server stopped; see data/preview.log:" >&2; tail -n 3 data/preview.log >&2; exit 1; fi
  echo -n "."; sleep 1
done
echo
echo "Confluence preview (macros, sign the MOU, register): http://127.0.0.1:$PREVIEW_PORT/"
echo "Preview server log: data/preview.log"

export CONFLUENCE_URL="${CONFLUENCE_URL:-http://127.0.0.1:$PREVIEW_PORT}"
export CONFLUENCE_TOKEN="${CONFLUENCE_TOKEN:-$INTEGRATION_TOKEN}"
export MOU_PAGE_URL="${MOU_PAGE_URL:-http://127.0.0.1:$PREVIEW_PORT/pages/mou}"
java -cp "$bot_cp" org.alliancecompact.slack.BotMain
