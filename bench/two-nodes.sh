#!/usr/bin/env bash
# What a second app node does on this machine: Speelveld behind nginx as a load balancer, first with one node
# and then with two nodes against the same PostgreSQL, on the national synthetic data set, measured with wrk.
#
#     bash bench/two-nodes.sh [duration] [connections] [rounds]      (defaults: 15s, 100, 3)
#
# It builds target/speelveld.jar when needed, installs Debian's nginx and wrk when missing, starts the first
# node on a scratch embedded database with the national data set (bench/lib.sh) and the second node on another
# port, attached to the first node's PostgreSQL (SPRING_DATASOURCE_URL, as every node of a real deployment has).
# nginx balances round robin over keep-alive connections: one port with only the first node behind it, one
# with both. Each endpoint (the area page, who works here, the wegwijzer API) is warmed up through both, then
# measured $rounds times through each; the medians go into one table. Both nodes, their PostgreSQL, nginx and wrk
# share the machine, so this shows what a second node costs or gains on it, not what it gains on a machine
# of its own.
set -euo pipefail

cd "$(dirname "$0")/.."

duration=${1:-15s}
connections=${2:-100}
rounds=${3:-3}
threads=2
warmup=30s
speelveld_port=${SPEELVELD_PORT:-18595}
second_port=${SECOND_PORT:-18596}
nginx_port=${NGINX_PORT:-18597}
both_port=$((nginx_port + 1))
# Each node gets the request threads the load suite gives one (see README, Configure).
node_args=(--server.tomcat.threads.max="${SPEELVELD_THREADS:-8}")
speelveld_args=("${node_args[@]}")
# shellcheck source=bench/lib.sh
. bench/lib.sh

bench_with_nginx_and_wrk
second_pid=
stop_second() {
	if [ -n "$second_pid" ] && kill -0 "$second_pid" 2>/dev/null; then
		kill "$second_pid"
		wait "$second_pid" 2>/dev/null || true
	fi
}
trap 'stop_second; bench_cleanup' EXIT

speelveld_start_national

echo "Starting the second node on port $second_port, attached to the first node's PostgreSQL..."
SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$(speelveld_pg_port)/postgres" SPRING_DATASOURCE_USERNAME=postgres \
	SPRING_DATASOURCE_PASSWORD=postgres java "${speelveld_java[@]}" -jar "$speelveld_jar" --server.port="$second_port" \
	--logging.level.root=WARN --logging.level.nl.speelveld=WARN "${node_args[@]}" >>"$work/second.log" 2>&1 &
second_pid=$!
for _ in $(seq 1 300); do
	if curl -sf "http://localhost:$second_port/actuator/health" >/dev/null; then
		break
	fi
	if ! kill -0 "$second_pid" 2>/dev/null; then
		echo "The second node did not start; its log:" >&2
		tail -n 40 "$work/second.log" >&2
		exit 1
	fi
	sleep 1
done

national_area_codes "$work/codes.txt"
awk '{ print "/gebied/" $0 }' "$work/codes.txt" >"$work/area.paths"
awk '{ print "/gebied/" $0 "/wie-werkt-hier" }' "$work/codes.txt" >"$work/who.paths"
questions=("Er wordt gedeald in ons portiek" "Mijn buurvrouw is erg eenzaam, wie kan bij haar langsgaan?"
	"Wij willen met buren een moestuin beginnen" "Ik kan mijn huur niet meer betalen"
	"My neighbour plays loud music every night")
: >"$work/bodies.txt"
for postcode in 3511 1012 9981 2511 3011 5611 6811 9711; do
	for question in "${questions[@]}"; do
		printf '{"question":"%s","postcode":"%s"}\n' "$question" "$postcode" >>"$work/bodies.txt"
	done
done
write_paths_lua

write_nginx_http "	upstream one { server 127.0.0.1:$speelveld_port; keepalive 64; }
	upstream two { server 127.0.0.1:$speelveld_port; server 127.0.0.1:$second_port; keepalive 64; }
	server {
		listen 127.0.0.1:$nginx_port;
		location / { proxy_pass http://one; proxy_http_version 1.1; proxy_set_header Connection \"\"; }
	}
	server {
		listen 127.0.0.1:$both_port;
		location / { proxy_pass http://two; proxy_http_version 1.1; proxy_set_header Connection \"\"; }
	}"
"$nginx_bin" -e "$work/nginx-error.log" -c "$work/nginx.conf"
nginx_started=yes

rows=()
# Each endpoint: its label, the file of paths (or of the bodies to post), and the path to post them to.
for endpoint in "area page|$work/area.paths|" "who works here|$work/who.paths|" \
	"wegwijzer API (POST)|$work/bodies.txt|/api/v1/routing"; do
	IFS='|' read -r label lines target <<<"$endpoint"
	echo "Measuring $label: warming up $warmup through both, then $rounds × $duration through one node and through two..."
	measure "http://127.0.0.1:$both_port" "$lines" "$warmup" "$target" >/dev/null
	one=$(measure_median "http://127.0.0.1:$nginx_port" "$lines" "$target")
	two=$(measure_median "http://127.0.0.1:$both_port" "$lines" "$target")
	rows+=("$label|$one|$two")
done

echo
echo "Through nginx, one node and two nodes against one PostgreSQL on the same machine: wrk $threads threads," \
	"$connections connections, medians of $rounds × $duration; latency in ms"
printf '%-22s | %9s %7s %7s | %9s %7s %7s | %s\n' endpoint "1 node/s" p95 p99 "2 nodes/s" p95 p99 "2 / 1"
for row in "${rows[@]}"; do
	IFS='|' read -r label one two <<<"$row"
	read -r a_rps _ a_p95 a_p99 a_errors <<<"$one"
	read -r b_rps _ b_p95 b_p99 b_errors <<<"$two"
	awk -v l="$label" -v ar="$a_rps" -v a95="$a_p95" -v a99="$a_p99" -v br="$b_rps" -v b95="$b_p95" -v b99="$b_p99" \
		-v e="$((a_errors + b_errors))" 'BEGIN {
		printf "%-22s | %9.0f %7.1f %7.1f | %9.0f %7.1f %7.1f | %5.2f%s\n", l, ar, a95, a99, br, b95, b99,
			(ar > 0 ? br / ar : 0), (e > 0 ? "  (" e " not 2xx/3xx)" : "") }'
done
echo "2 / 1: requests per second through two nodes divided by those through one"
