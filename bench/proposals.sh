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

compare_page_and_api "GET /participatie/{id}/voorstellen" "GET /api/v1/processes/{id}/proposals" \
	"$proposals proposals in one process"
