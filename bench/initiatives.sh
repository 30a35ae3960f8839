#!/usr/bin/env bash
# Residents' initiatives under load: the list page per area and its API on 200,000 synthetic initiatives (and
# the national synthetic social map, whose places are the assets), against nginx serving a static file of
# the same size, both measured with wrk in the same run.
#
# Run from anywhere, as root or as a user with sudo (to install what is missing):
#
#     bench/initiatives.sh [duration] [connections] [initiatives]        (defaults: 15s, 50, 200000)
#
# It builds target/speelveld.jar when needed, installs Debian's nginx and wrk when missing, starts Speelveld
# on a scratch embedded database, writes the national social map (`generate social-map`, bench/lib.sh) and
# the initiatives (`generate initiatives`), restarts Speelveld on them, and runs wrk over every 2024
# gemeente and wijk and a sample of buurten against
#
#     GET /gebied/{code}/initiatieven                  (the page, with and without filters, page 1 and 2)
#     GET /api/v1/areas/{code}/initiatives             (the map data: the same filters through the API)
#
# The filters rotate over none, one status, two statuses, a word and the second page. It prints per endpoint
# requests per second and p50/p95/p99 latency of both servers, the ratio of Speelveld's throughput to
# nginx's, and whether p95 meets the aim of 50 ms. Speelveld, nginx and wrk share the machine, so compare
# ratios rather than absolute numbers.
set -euo pipefail

cd "$(dirname "$0")/.."

duration=${1:-15s}
connections=${2:-50}
initiatives=${3:-200000}
threads=2
# long enough for the JIT to settle: the first seconds of a fresh JVM say little about a running server
# long enough for the JIT and PostgreSQL's cache to settle: both endpoints in turn, twice, before measuring
warmup=30s
# each measurement is run this often, and the median of each figure is shown
rounds=3
aim_p95_ms=50
speelveld_port=${SPEELVELD_PORT:-18581}
nginx_port=${NGINX_PORT:-18582}
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
speelveld_generate
echo "Generating $initiatives initiatives..."
started=$(date +%s)
generated=$(java "${speelveld_java[@]}" -jar "$speelveld_jar" generate initiatives --count "$initiatives" \
	--speelveld.database.embedded.directory="$speelveld_data")
echo "  $generated"
echo "  done in $(( $(date +%s) - started )) s (including the JVM start)"
speelveld_restart

# Every gemeente and wijk of 2024 and every tenth buurt of 2014 (the newest year with buurten), shuffled.
for level in gemeente:2024 wijk:2024 buurt:2014; do
	for page in $(seq 0 40); do
		body=$(curl -sf "http://localhost:$speelveld_port/api/v1/areas?level=${level%%:*}&year=${level##*:}&size=500&page=$page") || break
		codes=$(printf '%s' "$body" | grep -o '"code":"[A-Z0-9]*"' | cut -d'"' -f4 || true)
		[ -z "$codes" ] && break
		if [ "${level%%:*}" = buurt ]; then
			printf '%s\n' "$codes" | awk 'NR % 10 == 0'
		else
			printf '%s\n' "$codes"
		fi
	done
done | awk 'BEGIN { srand(42) } { print rand() "\t" $0 }' | sort | cut -f2 >"$work/codes.txt"
echo "Areas to request: $(wc -l <"$work/codes.txt") ($(grep -c '^GM' "$work/codes.txt") gemeenten," \
	"$(grep -c '^WK' "$work/codes.txt") wijken, $(grep -c '^BU' "$work/codes.txt") buurten)"

awk '{
	n = NR % 5
	filter = n == 1 ? "?status=running" : n == 2 ? "?status=idea&status=plan" : n == 3 ? "?q=moestuin" : n == 4 ? "?pagina=2" : ""
	print "/gebied/" $0 "/initiatieven" filter
}' "$work/codes.txt" >"$work/page.paths"
awk '{
	n = NR % 5
	filter = n == 1 ? "?status=running" : n == 2 ? "?status=idea,plan" : n == 3 ? "?q=moestuin" : n == 4 ? "?page=1" : ""
	print "/api/v1/areas/" $0 "/initiatives" filter
}' "$work/codes.txt" >"$work/api.paths"

write_paths_lua

write_nginx_conf '		location /gebied/ { default_type text/html; try_files /page.html =404; }
		location /api/v1/areas/ { default_type application/json; try_files /api.json =404; }'

compare_page_and_api "GET /gebied/{code}/initiatieven" "GET /api/v1/areas/{code}/initiatives" \
	"$initiatives initiatives; $(printf '%s' "$generated" | grep -o '[^ ]*[0-9]\.$' | tr -d '.' || true) places on the map (assets)"
