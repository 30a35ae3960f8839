#!/usr/bin/env bash
# The wegwijzer API under load: POST /api/v1/routing on the national synthetic data set against nginx serving
# a static JSON file of the same size, both measured with wrk in the same run.
#
# Run from anywhere, as root or as a user with sudo (to install what is missing):
#
#     bench/routing.sh [duration] [connections] [rounds]        (defaults: 15s, 50, 3)
#
# It builds target/speelveld.jar when needed, installs Debian's nginx and wrk when missing, starts Speelveld
# on a scratch embedded database with the national data set (bench/lib.sh), and posts varied questions in
# Dutch and English for postcodes all over the country, each as {"question": "...", "postcode": "3511"},
# in a fixed shuffled order. The API changes nothing, so it is not throttled as a write. It prints requests
# per second and p50/p95/p99 latency of both (medians of the rounds, after a warm-up long enough for the JIT
# compiler to finish), the ratio of Speelveld's throughput to nginx's, and whether p95 meets the aim of 20 ms.
# Speelveld runs with SPEELVELD_THREADS request threads (default 8), as the load suite does.
# Speelveld, nginx and wrk share the machine, so compare ratios rather than absolute numbers.
set -euo pipefail

cd "$(dirname "$0")/.."

duration=${1:-15s}
connections=${2:-50}
rounds=${3:-3}
threads=2
# long enough for the JIT compiler to finish: the first minute of a fresh JVM says little about a running server
warmup=90s
aim_p95_ms=20
speelveld_port=${SPEELVELD_PORT:-18571}
nginx_port=${NGINX_PORT:-18572}
# A few request threads per core serve best when PostgreSQL is on the same machine (see README, Configure).
speelveld_args=(--server.tomcat.threads.max="${SPEELVELD_THREADS:-8}")
# shellcheck source=bench/lib.sh
. bench/lib.sh

bench_with_nginx_and_wrk

speelveld_start_national

# Questions as residents write them: several themes, informal, Dutch and English. No double quotes or
# backslashes, as they go into JSON as they are.
questions=(
	"Er wordt gedeald in ons portiek"
	"Mijn buurvrouw is sinds de dood van haar man erg eenzaam, wie kan bij haar langsgaan?"
	"De lantaarnpaal in onze straat is al weken kapot"
	"Wij willen met een paar buren een moestuin beginnen op het lege veldje achter de school"
	"Hoe kan ik meepraten over de nieuwe plannen voor het plein?"
	"Jongeren hangen elke avond rond bij de speeltuin en maken veel lawaai"
	"Ik kan mijn huur niet meer betalen en de rekeningen stapelen zich op"
	"De bus rijdt niet meer naar ons dorp, wat kunnen we als dorp doen?"
	"Er ligt steeds afval naast de containers en niemand ruimt het op"
	"Mijn moeder heeft hulp nodig bij het douchen en met haar medicijnen"
	"De bovenburen maken tot diep in de nacht herrie en we komen er samen niet uit"
	"My neighbour plays loud music every night and will not listen"
	"Where can I volunteer in my neighbourhood? I just retired"
	"Our street needs more green and a bench, who do we ask at the municipality?"
)
# Postcodes of cities, towns and villages all over the country; those the data does not know are left out.
postcodes=(3511 1012 9981 2511 3011 5611 6811 9711 7511 4811 8011 6211 1811 9671 7411 5211 9951 8861 4301 6701)

: >"$work/bodies.raw"
known=0
for postcode in "${postcodes[@]}"; do
	body="{\"question\":\"${questions[0]}\",\"postcode\":\"$postcode\"}"
	status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d "$body" \
		"http://localhost:$speelveld_port/api/v1/routing")
	if [ "$status" != 200 ]; then
		echo "  postcode $postcode answers $status: left out"
		continue
	fi
	known=$((known + 1))
	for question in "${questions[@]}"; do
		printf '{"question":"%s","postcode":"%s"}\n' "$question" "$postcode" >>"$work/bodies.raw"
	done
done
if [ "$known" -eq 0 ]; then
	echo "No postcode answers 200; is POST /api/v1/routing there? Its log:" >&2
	tail -n 40 "$speelveld_log" >&2
	exit 1
fi
awk 'BEGIN { srand(42) } { print rand() "\t" $0 }' "$work/bodies.raw" | sort | cut -f2 >"$work/bodies.txt"
echo "Bodies to post: $(wc -l <"$work/bodies.txt") (${#questions[@]} questions, $known postcodes)"

write_paths_lua

# A body as large as a typical answer: the median of the first 50 answers.
mkdir -p "$work/www"
i=0
: >"$work/sizes.txt"
while IFS= read -r body && [ $i -lt 50 ]; do
	curl -s -o "$work/sample.$i" -H 'Content-Type: application/json' -d "$body" "http://localhost:$speelveld_port/api/v1/routing"
	echo "$(stat -c %s "$work/sample.$i") $work/sample.$i" >>"$work/sizes.txt"
	i=$((i + 1))
done <"$work/bodies.txt"
cp "$(sort -n "$work/sizes.txt" | awk '{ line[NR] = $2 } END { print line[int((NR + 1) / 2)] }')" "$work/www/routing.json"
rm -f "$work"/sample.*

# nginx answers a POST to a static file with 405; the error page turns it into the file itself, with 200.
write_nginx_conf '		location = /api/v1/routing {
			error_page 405 =200 /routing.json;
			try_files /routing.json =404;
		}'

label="POST /api/v1/routing"
echo "Measuring $label (answers of about $(stat -c %s "$work/www/routing.json") bytes)..."
measure "http://localhost:$speelveld_port" "$work/bodies.txt" "$warmup" /api/v1/routing >/dev/null
ours=$(measure_median "http://localhost:$speelveld_port" "$work/bodies.txt" /api/v1/routing)
"$nginx_bin" -e "$work/nginx-error.log" -c "$work/nginx.conf"
nginx_started=yes
sleep 1
reference=$(measure_median "http://127.0.0.1:$nginx_port" "$work/bodies.txt" /api/v1/routing)

read -r o_rps o_p50 o_p95 o_p99 o_errors <<<"$ours"
read -r n_rps n_p50 n_p95 n_p99 _ <<<"$reference"
ratio=$(awk -v a="$o_rps" -v b="$n_rps" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }')
echo
echo "wrk: $threads threads, $connections connections, medians of $rounds × $duration per server; latency in ms"
printf '%-22s | %10s %8s %8s %8s | %10s %8s %8s %8s | %s\n' "endpoint" "Speelveld/s" "p50" "p95" "p99" \
	"nginx/s" "p50" "p95" "p99" "ratio"
printf '%-22s | %10.0f %8.2f %8.2f %8.2f | %10.0f %8.2f %8.2f %8.2f | %s\n' "$label" "$o_rps" "$o_p50" "$o_p95" \
	"$o_p99" "$n_rps" "$n_p50" "$n_p95" "$n_p99" "$ratio"
echo "ratio: Speelveld's requests per second divided by nginx's"
if [ "${o_errors:-0}" -gt 0 ]; then
	echo "note: Speelveld answered $o_errors requests with a status other than 2xx"
fi
awk -v p95="$o_p95" -v aim="$aim_p95_ms" -v c="$connections" 'BEGIN {
	printf "aim: p95 at most %d ms at %d connections: %s (p95 %.2f ms)\n", aim, c, (p95 <= aim ? "met" : "not met"), p95 }'
