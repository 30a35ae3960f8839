#!/usr/bin/env bash
# The load suite: the main public journeys and APIs of Speelveld on the national synthetic data set, each next
# to nginx serving a static file of the same size on the same machine, measured with wrk.
#
#     bash bench/load-suite.sh [duration] [connections] [rounds]      (defaults: 15s, 100, 3)
#
# It builds target/speelveld.jar when needed, installs Debian's nginx and wrk when missing, starts Speelveld on
# a scratch embedded database, writes the national social map (bench/lib.sh), 200,000 initiatives and a process
# with 10,000 proposals, a budgeting round in its voting phase with 2,000 letter codes, restarts, and measures in
# turn: the area page, who works here, the social-map search API, the wegwijzer API (POST), the initiatives of an
# area, the proposals of the process, and ballot casting (bench/BallotFlow.java: open the round, give a letter
# code, open the ballot, cast it; four requests with a session and CSRF token per vote). Each endpoint is
# warmed up, then measured $rounds times against Speelveld and against nginx; the medians go into one table with
# requests per second, p50/p95/p99, the ratio to nginx and whether p99 meets the aim of 100 ms. Speelveld, its
# PostgreSQL, nginx and wrk share the machine: compare ratios, and run it on an otherwise quiet machine.
set -euo pipefail

cd "$(dirname "$0")/.."

duration=${1:-15s}
connections=${2:-100}
rounds=${3:-3}
threads=2
# long enough for the JIT compiler to reach each endpoint's code: a running server has long been warm
warmup=60s
# The voting flow runs through more code than any one page (a session, its CSRF token, two forms, two
# redirects): on a fresh server `jstat -compiler` showed the JIT compiler busy for its first 140 s of voting.
ballot_warmup=150s
aim_p99_ms=100
initiatives=${INITIATIVES:-200000}
proposals=${PROPOSALS:-10000}
codes=${CODES:-2000}
speelveld_port=${SPEELVELD_PORT:-18591}
nginx_port=${NGINX_PORT:-18592}
# A few request threads per core serve best when PostgreSQL is on the same machine (see README, Configure).
# Voters come from addresses of their own (X-Forwarded-For, as behind a load balancer), so that the limit on
# writes per address applies to each as it would in a real round, not to all of them together.
speelveld_args=(--server.tomcat.threads.max="${SPEELVELD_THREADS:-8}" --server.forward-headers-strategy=native)
# shellcheck source=bench/lib.sh
. bench/lib.sh

bench_with_nginx_and_wrk

echo "Starting Speelveld on a scratch database (loads the CBS areas and the demo data)..."
speelveld_start
speelveld_generate
echo "Generating $initiatives initiatives and $proposals proposals..."
java "${speelveld_java[@]}" -jar "$speelveld_jar" generate initiatives --count "$initiatives" \
	--speelveld.database.embedded.directory="$speelveld_data" | tail -n 1
generated=$(java "${speelveld_java[@]}" -jar "$speelveld_jar" generate proposals --count "$proposals" \
	--speelveld.database.embedded.directory="$speelveld_data")
process=$(printf '%s' "$generated" | grep -o '[0-9a-f]\{8\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{12\}' | head -n 1)
echo "Generating a budgeting round with $codes letter codes..."
java "${speelveld_java[@]}" -jar "$speelveld_jar" generate ballot-round --count "$codes" \
	--speelveld.database.embedded.directory="$speelveld_data" >"$work/round.txt"
round=$(grep -o -m 1 '^[0-9a-f]\{8\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{12\}$' "$work/round.txt")
grep '^[A-Z2-9]\{4\}-[A-Z2-9]\{4\}-[A-Z2-9]\{4\}$' "$work/round.txt" >"$work/codes"
speelveld_restart

national_area_codes "$work/codes.txt"
echo "Areas to request: $(wc -l <"$work/codes.txt")"

queries=(eenzaamheid buurthuis wijkagent schulden jongeren speeltuin mantelzorg sport bibliotheek opbouwwerker
	moestuin overlast vrijwilligers dorpshuis buurtteam ontmoeting wijkverpleging participatie)
awk '{ print "/gebied/" $0 }' "$work/codes.txt" >"$work/area.paths"
awk '{ print "/gebied/" $0 "/wie-werkt-hier" }' "$work/codes.txt" >"$work/who.paths"
awk -v q="${queries[*]}" 'BEGIN { n = split(q, words, " ") } { print "/api/v1/search?q=" words[NR % n + 1] "&area=" $0 }' \
	"$work/codes.txt" >"$work/search.paths"
awk '{ print "/gebied/" $0 "/initiatieven" }' "$work/codes.txt" >"$work/initiatives.paths"
awk -v id="$process" 'BEGIN {
	srand(42)
	for (i = 0; i < 500; i++) {
		n = i % 4
		page = 1 + int(rand() * 50)
		filter = n == 1 ? "?volgorde=supported" : n == 2 ? "?q=bankjes" : n == 3 ? "?pagina=" page : ""
		print "/participatie/" id "/voorstellen" filter
	}
}' >"$work/proposals.paths"

# The wegwijzer: questions as residents write them, for postcodes all over the country.
questions=("Er wordt gedeald in ons portiek" "Mijn buurvrouw is erg eenzaam, wie kan bij haar langsgaan?"
	"De lantaarnpaal in onze straat is al weken kapot" "Wij willen met buren een moestuin beginnen"
	"Hoe kan ik meepraten over de plannen voor het plein?" "Jongeren maken elke avond lawaai bij de speeltuin"
	"Ik kan mijn huur niet meer betalen" "De bus rijdt niet meer naar ons dorp"
	"My neighbour plays loud music every night" "Where can I volunteer in my neighbourhood?")
postcodes=(3511 1012 9981 2511 3011 5611 6811 9711 7511 4811 8011 6211)
: >"$work/bodies.raw"
for postcode in "${postcodes[@]}"; do
	for question in "${questions[@]}"; do
		printf '{"question":"%s","postcode":"%s"}\n' "$question" "$postcode" >>"$work/bodies.raw"
	done
done
awk 'BEGIN { srand(42) } { print rand() "\t" $0 }' "$work/bodies.raw" | sort | cut -f2 >"$work/bodies.txt"

write_paths_lua

# nginx serves one file per endpoint, as large as the median of Speelveld's answers; a POST to a static file
# is a 405 in nginx, which the error page turns into the file with 200.
write_nginx_conf '		location = /api/v1/routing {
			error_page 405 =200 /routing.json;
			try_files /routing.json =404;
		}
		location /participatie/ {
			error_page 405 =200 /ballot.body;
			try_files /ballot.body =404;
		}'

# Runs wrk with the GET paths of $2, with the POST bodies when $2 is "routing", or the voting flow when it is
# "ballot" (requests/s p50 p95 p99 failed-votes, then votes/s and the cast's p95 and p99); prints the figures.
measure_endpoint() {
	local base=$1 what=$2 length=$3
	if [ "$what" = ballot ]; then
		java -Xmx512m bench/BallotFlow.java "$base" "$round" "$work/codes" "$connections" 5 "${length%s}" | tee -a "$work/wrk.log"
		return
	fi
	if [ "$what" = routing ]; then
		measure "$base" "$work/bodies.txt" "$length" /api/v1/routing
	else
		measure "$base" "$what" "$length"
	fi
}

median_of_rounds() {
	local base=$1 what=$2 runs=()
	for _ in $(seq "$rounds"); do
		runs+=("$(measure_endpoint "$base" "$what" "$duration")")
	done
	printf '%s\n' "${runs[@]}" | medians
}

"$nginx_bin" -e "$work/nginx-error.log" -c "$work/nginx.conf"
nginx_started=yes

rows=()
for endpoint in "area page|area" "who works here|who" "search API|search" "wegwijzer API (POST)|routing" \
	"initiatives of an area|initiatives" "proposals of a process|proposals" "ballot casting flow|ballot"; do
	label=${endpoint%%|*}
	name=${endpoint##*|}
	if [ "$name" = ballot ]; then
		what=ballot
		curl -s -o "$work/www/ballot.body" "http://localhost:$speelveld_port/participatie/$round/begroting"
	elif [ "$name" = routing ]; then
		what=routing
		curl -s -o "$work/www/routing.json" -H 'Content-Type: application/json' -d "$(head -n 1 "$work/bodies.txt")" \
			"http://localhost:$speelveld_port/api/v1/routing"
		printf '%s\n' /api/v1/routing >"$work/nginx-$name.paths"
	else
		what="$work/$name.paths"
		sample_body "$what" "$work/www/$name.body"
		printf '/%s.body\n' "$name" >"$work/nginx-$name.paths"
	fi
	warm=$warmup
	if [ "$name" = ballot ]; then
		warm=$ballot_warmup
	fi
	echo "Measuring $label: warming up $warm, then $rounds × $duration against Speelveld and against nginx..."
	measure_endpoint "http://localhost:$speelveld_port" "$what" "$warm" >/dev/null
	ours=$(median_of_rounds "http://localhost:$speelveld_port" "$what")
	if [ "$name" = routing ] || [ "$name" = ballot ]; then
		reference=$(median_of_rounds "http://127.0.0.1:$nginx_port" "$name")
	else
		reference=$(median_of_rounds "http://127.0.0.1:$nginx_port" "$work/nginx-$name.paths")
	fi
	rows+=("$label|$ours|$reference")
	if [ "$name" = ballot ]; then
		votes=$ours
	fi
done

echo
echo "Load suite: national synthetic data ($initiatives initiatives, $proposals proposals in one process)," \
	"wrk $threads threads, $connections connections, medians of $rounds × $duration; latency in ms"
printf '%-26s | %9s %7s %7s %7s | %9s %7s | %6s | %s\n' endpoint "req/s" p50 p95 p99 "nginx/s" p99 ratio "p99 ≤ $aim_p99_ms ms"
for row in "${rows[@]}"; do
	IFS='|' read -r label ours reference <<<"$row"
	read -r o_rps o_p50 o_p95 o_p99 o_errors _ <<<"$ours"
	read -r n_rps _ _ n_p99 _ <<<"$reference"
	awk -v l="$label" -v r="$o_rps" -v a="$o_p50" -v b="$o_p95" -v c="$o_p99" -v nr="$n_rps" -v nc="$n_p99" \
		-v e="$o_errors" -v aim="$aim_p99_ms" 'BEGIN {
		printf "%-26s | %9.0f %7.1f %7.1f %7.1f | %9.0f %7.1f | %6.3f | %s%s\n", l, r, a, b, c, nr, nc,
			(nr > 0 ? r / nr : 0), (c <= aim ? "met" : "not met"), (e > 0 ? "  (" e " not 2xx/3xx)" : "") }'
done
echo "ratio: Speelveld's requests per second divided by nginx's for a static file of the same size"
read -r _ _ _ _ _ v_rate v_p95 v_p99 <<<"$votes"
echo "ballot casting: $v_rate votes per second by $connections voters at once; the cast itself p95 $v_p95 ms, p99 $v_p99 ms"
echo "(the voting flow runs in bench/BallotFlow.java, a Java client, against Speelveld and the nginx copy alike)"
