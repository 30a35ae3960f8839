#!/usr/bin/env bash
# Social map API under load: Speelveld on the national synthetic data set against nginx serving a static
# JSON file of the same size, both measured with wrk in the same run.
#
# Run from anywhere, as root or as a user with sudo (to install what is missing):
#
#     bench/social-map.sh [duration] [connections]        (defaults: 15s, 32)
#
# It builds target/speelveld.jar when needed, installs Debian's nginx and wrk when missing, starts Speelveld
# on a scratch embedded database, loads the national data set (50,000 posts, 20,000 organisations,
# 100,000 places, with professionals and services) with `generate social-map`, restarts Speelveld on it
# (bench/lib.sh), and runs wrk over all 2024 gemeenten and wijken against
#
#     GET /api/v1/areas/{code}/posts
#     GET /api/v1/search?q=...&area={code}        (varied queries)
#
# and the same paths against nginx on another port, which answers each with a file as large as a typical
# Speelveld answer. It prints per endpoint requests per second and p50/p95/p99 latency of both, and the ratio
# of Speelveld's throughput to nginx's. An endpoint that does not answer 200 yet is reported and skipped.
# Speelveld, nginx and wrk share the machine, so compare ratios rather than absolute numbers.
set -euo pipefail

cd "$(dirname "$0")/.."

duration=${1:-15s}
connections=${2:-32}
threads=2
warmup=5s
speelveld_port=${SPEELVELD_PORT:-18561}
nginx_port=${NGINX_PORT:-18562}
# shellcheck source=bench/lib.sh
. bench/lib.sh

bench_with_nginx_and_wrk

speelveld_start_national

# Every gemeente and wijk of 2024, in a fixed shuffled order.
national_area_codes "$work/codes.txt"
echo "Areas to request: $(wc -l <"$work/codes.txt")"

queries=(eenzaamheid buurthuis wijkagent schulden jongeren speeltuin mantelzorg sport bibliotheek opbouwwerker
	"sociaal%20makelaar" moestuin overlast vrijwilligers dorpshuis buurtteam ontmoeting "hulp%20bij%20formulieren"
	wijkverpleging participatie)
awk '{ print "/api/v1/areas/" $0 "/posts" }' "$work/codes.txt" >"$work/posts.paths"
awk -v q="${queries[*]}" 'BEGIN { n = split(q, words, " ") } { print "/api/v1/search?q=" words[NR % n + 1] "&area=" $0 }' \
	"$work/codes.txt" >"$work/search.paths"

write_paths_lua

write_nginx_conf '		location /api/v1/areas/ { try_files /posts.json =404; }
		location /api/v1/search { try_files /search.json =404; }'


rows=()
for endpoint in posts search; do
	paths="$work/$endpoint.paths"
	label="GET /api/v1/areas/{code}/posts"
	[ "$endpoint" = search ] && label="GET /api/v1/search?q=&area="
	first=$(head -n 1 "$paths")
	status=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$speelveld_port$first")
	if [ "$status" != 200 ]; then
		rows+=("$label|skipped: $first answers $status")
		continue
	fi
	sample_body "$paths" "$work/www/$endpoint.json"
	echo "Measuring $label (answers of about $(stat -c %s "$work/www/$endpoint.json") bytes)..."
	measure "http://localhost:$speelveld_port" "$paths" "$warmup" >/dev/null
	ours=$(measure "http://localhost:$speelveld_port" "$paths" "$duration")
	if [ -z "$nginx_started" ]; then
		"$nginx_bin" -e "$work/nginx-error.log" -c "$work/nginx.conf"
		nginx_started=yes
		sleep 1
	fi
	reference=$(measure "http://127.0.0.1:$nginx_port" "$paths" "$duration")
	rows+=("$label|$ours|$reference")
	read -r _ _ _ _ errors <<<"$ours"
	if [ "$errors" -gt 0 ]; then
		# Which answers were not 2xx: the statuses of the first 300 paths, requested one by one.
		head -n 300 "$paths" | while IFS= read -r path; do
			curl -s -o /dev/null -w '%{http_code}\n' "http://localhost:$speelveld_port$path"
		done | sort | uniq -c | awk -v label="$label" '$2 !~ /^2/ { print "  " label ": " $1 " of the first 300 paths answer " $2 }' \
			>>"$work/statuses.txt"
	fi
done

echo
echo "wrk: $threads threads, $connections connections, $duration per endpoint and server; latency in ms"
printf '%-32s | %10s %8s %8s %8s | %10s %8s %8s %8s | %s\n' "endpoint" "Speelveld/s" "p50" "p95" "p99" \
	"nginx/s" "p50" "p95" "p99" "ratio"
for row in "${rows[@]}"; do
	IFS='|' read -r label ours reference <<<"$row"
	if [ -z "${reference:-}" ]; then
		printf '%-32s | %s\n' "$label" "$ours"
		continue
	fi
	read -r o_rps o_p50 o_p95 o_p99 o_errors <<<"$ours"
	read -r n_rps n_p50 n_p95 n_p99 _ <<<"$reference"
	ratio=$(awk -v a="$o_rps" -v b="$n_rps" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }')
	printf '%-32s | %10.0f %8.2f %8.2f %8.2f | %10.0f %8.2f %8.2f %8.2f | %s\n' "$label" "$o_rps" "$o_p50" "$o_p95" \
		"$o_p99" "$n_rps" "$n_p50" "$n_p95" "$n_p99" "$ratio"
	if [ "${o_errors:-0}" -gt 0 ]; then
		echo "  note: Speelveld answered $o_errors requests with a status other than 2xx"
	fi
done
echo "ratio: Speelveld's requests per second divided by nginx's"
if [ -s "$work/statuses.txt" ]; then
	cat "$work/statuses.txt"
fi
