#!/usr/bin/env bash
# `npm test`: every check, the independent ones side by side (much of the time goes to
# waiting for Chromium, builds and Java, so 2 cores are kept busy):
#   - the build, beside the unit and content tests and the format check (prettier);
#   - once the build is there: the site and browser tests over it, beside the type check
#     (`astro check` writes .astro/ as the build does, so it waits for the build).
# Each job's output is shown whole when the job ends, in the order they end, so a fast
# failure shows first. Every job runs to its end, also when another fails; the exit code
# is 1 when any job failed: a green run means that every check ran and passed. The last
# lines give each job's time (wall clock and CPU).
set -uo pipefail
cd "$(dirname "$0")/.."

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
jobs_started=()

# start NAME COMMAND...: runs the command in the background; its output, exit code and
# times go to files named after the job.
start() {
  local name="$1"
  shift
  jobs_started+=("$name")
  (
    TIMEFORMAT="%R %U %S"
    { time "$@" >"$logs/$name.log" 2>&1; } 2>"$logs/$name.time"
    echo $? >"$logs/$name.code.tmp"
    mv "$logs/$name.code.tmp" "$logs/$name.code"
  ) &
}

# await NAME...: shows each job's output as the job ends; returns 1 if any of them failed.
shown=" "
await() {
  local name left status=0
  while :; do
    left=0
    for name in "$@"; do
      if [ ! -f "$logs/$name.code" ]; then
        left=1
      elif [[ "$shown" != *" $name "* ]]; then
        shown+="$name "
        printf '\n── %s ──\n' "$name"
        cat "$logs/$name.log"
        [ "$(cat "$logs/$name.code")" = 0 ] || printf '── %s: MISLUKT ──\n' "$name"
      fi
    done
    [ "$left" = 0 ] && break
    sleep 1
  done
  for name in "$@"; do [ "$(cat "$logs/$name.code")" = 0 ] || status=1; done
  return "$status"
}

start build npm run build
start unit+content vitest run --project unit --project content
start prettier npm run lint
if await build; then
  start astro-check astro check
  start site+browser vitest run --project site --project browser
else
  echo 'De build is mislukt: de site- en browsertests en astro check kunnen niet draaien.' >&2
fi
await "${jobs_started[@]}"
status=$?

printf '\nTijden in seconden (wachttijd, CPU user + sys):\n'
for name in "${jobs_started[@]}"; do
  read -r real user sys <"$logs/$name.time" || true
  printf '  %-13s %7s  (CPU %s + %s)\n' "$name" "${real:-?}" "${user:-?}" "${sys:-?}"
done
[ "$status" = 0 ] || echo "npm test: niet alles is geslaagd (zie MISLUKT hierboven)." >&2
exit "$status"
