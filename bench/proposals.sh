#!/usr/bin/env bash
# Proposals under load: the list page of one process and its API, with 10,000 synthetic proposals in that one
# process, against nginx serving a static file of the same size, both measured with wrk in the same run.
#
# Run from anywhere, as root or as a user with sudo (to install what is missing):
#
#     bench/proposals.sh [duration] [connections] [proposals]        (defaults: 15s, 50, 10000)
#
# It builds target/speelveld.jar when needed, installs Debian's nginx and wrk when missing, starts Speelveld
# on a scratch embedded database, writes one open process in Groningen's Centrum full of proposals
# (`generate proposals`), restarts Speelveld on them, and runs wrk against
#
#     GET /participatie/{id}/voorstellen                 (the page: newest first, most supported, an outcome,
#                                                         a word, and pages 1 to 50)
#     GET /api/v1/processes/{id}/proposals               (the map data: the same through the API)
#
# It prints per endpoint requests per second and p50/p95/p99 latency of both servers, the ratio of Speelveld's
# throughput to nginx's, and whether p95 meets the aim of 100 ms. Speelveld, nginx and wrk share the machine,
# so compare ratios rather than absolute numbers.
set -euo pipefail

cd "$(dirname "$0")/.."

duration=${1:-15s}
connections=${2:-50}
proposals=${3:-10000}
threads=2
# long enough for the JIT and PostgreSQL's cache to settle: both endpoints in turn, twice, before measuring
warmup=20s
# each measurement is run this often, and the median of each figure is shown
rounds=3
aim_p95_ms=100
speelveld_port=${SPEELVELD_PORT:-18591}
nginx_port=${NGINX_PORT:-18592}
# shellcheck source=bench/lib.sh
. bench/lib.sh
# A few request threads per core: on two cores, Tomcat's default of 200 only makes 50 requests take turns on
# the cores, which stretches every one of them (see "Configure" in the README).
speelveld_args=(--server.tomcat.threads.max="${SPEELVELD_THREADS:-6}")

bench_with_nginx_and_wrk

echo "Starting Speelveld on a scratch database (loads the CBS areas and the demo data)..."
started=$(date +%s)
speelveld_start
echo "  ready in $(( $(date +%s) - started )) s"
echo "Generating $proposals proposals in one process..."
started=$(date +%s)
generated=$(java "${speelveld_java[@]}" -jar "$speelveld_jar" generate proposals --count "$proposals" \
	--speelveld.database.embedded.directory="$speelveld_data")
echo "  $generated"
echo "  done in $(( $(date +%s) - started )) s (including the JVM start)"
process=$(printf '%s' "$generated" | grep -o '[0-9a-f]\{8\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{12\}' | head -n 1)
if [ -z "$process" ]; then
	echo "The generator named no process." >&2
	exit 1
fi
speelveld_restart

# 500 requests per endpoint: the filters rotate, the pages spread over the first 50.
awk -v id="$process" 'BEGIN {
	srand(42)
	for (i = 0; i < 500; i++) {
		n = i % 6
		page = 1 + int(rand() * 50)
		filter = n == 1 ? "?volgorde=supported" : n == 2 ? "?uitkomst=answered" : n == 3 ? "?q=bankjes" : n == 4 ? "?pagina=" page : n == 5 ? "?volgorde=supported&pagina=" page : ""
		print "/participatie/" id "/voorstellen" filter
	}
}' >"$work/page.paths"
awk -v id="$process" 'BEGIN {
	srand(42)
	for (i = 0; i < 500; i++) {
		n = i % 6
		page = int(rand() * 50)
		filter = n == 1 ? "?sort=supported" : n == 2 ? "?outcome=answered" : n == 3 ? "?q=bankjes" : n == 4 ? "?page=" page : n == 5 ? "?sort=supported&page=" page : ""
		print "/api/v1/processes/" id "/proposals" filter
	}
}' >"$work/api.paths"

write_paths_lua

write_nginx_conf '		location /participatie/ { default_type text/html; try_files /page.html =404; }
		location /api/v1/processes/ { default_type application/json; try_files /api.json =404; }'

# Runs wrk and prints: requests/s p50 p95 p99 (milliseconds) non-2xx.
measure() {
	local base=$1 paths=$2 length=$3
	local out
	out=$(PATHS="$paths" wrk --latency -t "$threads" -c "$connections" -d "$length" -s "$work/paths.lua" "$base")
	printf '%s\n' "$out" >>"$work/wrk.log"
	printf '%s\n' "$out" | wrk_figures
}

# The median of each figure over $rounds runs of measure.
measure_median() {
	local base=$1 paths=$2 runs=()
	for _ in $(seq "$rounds"); do
		runs+=("$(measure "$base" "$paths" "$duration")")
	done
	printf '%s\n' "${runs[@]}" | awk '
		{ for (i = 1; i <= NF; i++) value[i, NR] = $i; fields = NF }
		END {
			for (i = 1; i <= fields; i++) {
				n = 0
				for (r = 1; r <= NR; r++) sorted[++n] = value[i, r]
				for (a = 1; a <= n; a++) for (b = a + 1; b <= n; b++) if (sorted[b] + 0 < sorted[a] + 0) { t = sorted[a]; sorted[a] = sorted[b]; sorted[b] = t }
				printf "%s%s", sorted[int((n + 1) / 2)], (i < fields ? " " : "\n")
			}
		}'
}

echo "Warming up: both endpoints in turn, twice, $warmup each..."
for _ in 1 2; do
	for endpoint in page api; do
		measure "http://localhost:$speelveld_port" "$work/$endpoint.paths" "$warmup" >/dev/null
	done
done

rows=()
for endpoint in page api; do
	paths="$work/$endpoint.paths"
	label="GET /participatie/{id}/voorstellen"
	target="$work/www/page.html"
	if [ "$endpoint" = api ]; then
		label="GET /api/v1/processes/{id}/proposals"
		target="$work/www/api.json"
	fi
	first=$(head -n 1 "$paths")
	status=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$speelveld_port$first")
	if [ "$status" != 200 ]; then
		rows+=("$label|skipped: $first answers $status")
		continue
	fi
	sample_body "$paths" "$target"
	echo "Measuring $label (answers of about $(stat -c %s "$target") bytes), $rounds times..."
	ours=$(measure_median "http://localhost:$speelveld_port" "$paths")
	if [ -z "$nginx_started" ]; then
		"$nginx_bin" -e "$work/nginx-error.log" -c "$work/nginx.conf"
		nginx_started=yes
		sleep 1
	fi
	reference=$(measure_median "http://127.0.0.1:$nginx_port" "$paths")
	rows+=("$label|$ours|$reference")
done

echo
echo "Data: $proposals proposals in one process; load average at the end (others share the machine): $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk: $threads threads, $connections connections, $duration per run; medians of $rounds runs; latency in ms"
printf '%-38s | %10s %8s %8s %8s | %10s %8s %8s %8s | %s\n' "endpoint" "Speelveld/s" "p50" "p95" "p99" \
	"nginx/s" "p50" "p95" "p99" "ratio"
for row in "${rows[@]}"; do
	IFS='|' read -r label ours reference <<<"$row"
	if [ -z "${reference:-}" ]; then
		printf '%-38s | %s\n' "$label" "$ours"
		continue
	fi
	read -r o_rps o_p50 o_p95 o_p99 o_errors <<<"$ours"
	read -r n_rps n_p50 n_p95 n_p99 _ <<<"$reference"
	ratio=$(awk -v a="$o_rps" -v b="$n_rps" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }')
	printf '%-38s | %10.0f %8.2f %8.2f %8.2f | %10.0f %8.2f %8.2f %8.2f | %s\n' "$label" "$o_rps" "$o_p50" "$o_p95" \
		"$o_p99" "$n_rps" "$n_p50" "$n_p95" "$n_p99" "$ratio"
	if [ "${o_errors:-0}" -gt 0 ]; then
		echo "  note: Speelveld answered $o_errors requests with a status other than 2xx"
	fi
	awk -v p95="$o_p95" -v aim="$aim_p95_ms" -v c="$connections" 'BEGIN {
		printf "  aim: p95 at most %d ms at %d connections: %s\n", aim, c, (p95 <= aim ? "met" : "not met") }'
done
echo "ratio: Speelveld's requests per second divided by nginx's"
