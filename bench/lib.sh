# shellcheck shell=bash
# Shared by the benchmarks and sourced by them (from the repository root): builds target/speelveld.jar when it
# is missing or older than the sources, starts and stops Speelveld on an embedded database directory, and
# fills that database with the national synthetic social map of `generate social-map`.
#
# The sourcing script sets, before it starts Speelveld:
#
#     speelveld_port     the HTTP port
#     speelveld_data     the embedded database directory (a scratch one: never one that holds real data)
#     speelveld_log      the file Speelveld writes its output to (appended)
#     speelveld_args     optionally, an array of extra arguments for the application
#
# JAVA_OPTS (default -Xmx1g) goes to every JVM. The script calls speelveld_stop from its own EXIT trap.
# shellcheck disable=SC2154 # the variables above come from the sourcing script

speelveld_jar=target/speelveld.jar
speelveld_pid=
# shellcheck disable=SC2206 # JAVA_OPTS holds several options, split on spaces
speelveld_java=(${JAVA_OPTS:--Xmx1g})

# The national data set: the sizes every benchmark measures on.
speelveld_national_size=(--posts 50000 --organisations 20000 --places 100000)

speelveld_build() {
	if [ ! -f "$speelveld_jar" ] || [ -n "$(find pom.xml src/main -newer "$speelveld_jar" -print -quit)" ]; then
		echo "Building Speelveld..." >&2
		mvn -q -B -DskipTests package
	fi
}

# Starts Speelveld in the background and waits until it answers; exits the script if it does not start.
speelveld_start() {
	if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$speelveld_port/"; then
		echo "Port $speelveld_port is in use." >&2
		exit 1
	fi
	# java itself in the background (not a function or subshell), so that $! is the process to stop.
	java "${speelveld_java[@]}" -jar "$speelveld_jar" --server.port="$speelveld_port" \
		--speelveld.database.embedded.directory="$speelveld_data" --logging.level.root=WARN \
		--logging.level.nl.speelveld=WARN ${speelveld_args[@]+"${speelveld_args[@]}"} >>"$speelveld_log" 2>&1 &
	speelveld_pid=$!
	for _ in $(seq 1 300); do
		if ! kill -0 "$speelveld_pid" 2>/dev/null; then
			break
		fi
		if curl -sf "http://localhost:$speelveld_port/actuator/health" >/dev/null; then
			return 0
		fi
		sleep 1
	done
	echo "Speelveld did not start; its log:" >&2
	tail -n 40 "$speelveld_log" >&2
	exit 1
}

speelveld_stop() {
	if [ -n "$speelveld_pid" ] && kill -0 "$speelveld_pid" 2>/dev/null; then
		kill "$speelveld_pid"
		wait "$speelveld_pid" 2>/dev/null || true
	fi
	speelveld_pid=
}

# Writes the national data set into the database of the running Speelveld, from a second JVM.
speelveld_generate() {
	local started
	echo "Generating the national data set..."
	started=$(date +%s)
	java "${speelveld_java[@]}" -jar "$speelveld_jar" generate social-map "${speelveld_national_size[@]}" \
		--speelveld.database.embedded.directory="$speelveld_data"
	echo "  done in $(( $(date +%s) - started )) s (including the JVM start)"
}

# Starts Speelveld on a fresh database (it loads the CBS areas and the demo data), generates the national
# data set and starts it again, so that whatever Speelveld prepares at start sees the national data.
speelveld_start_national() {
	local started
	echo "Starting Speelveld on a scratch database (loads the CBS areas and the demo data)..."
	started=$(date +%s)
	speelveld_start
	echo "  ready in $(( $(date +%s) - started )) s"
	speelveld_generate
	speelveld_restart
}

speelveld_restart() {
	speelveld_stop
	speelveld_start
}

# The port and the process id of the running embedded PostgreSQL, from its postmaster.pid.
speelveld_pg_port() {
	sed -n 4p "$speelveld_data/postmaster.pid"
}

speelveld_pg_pid() {
	sed -n 1p "$speelveld_data/postmaster.pid"
}

# Installs nginx, wrk and curl when missing, builds the jar, makes a scratch work directory (removed on exit,
# with Speelveld and nginx stopped) and checks that $speelveld_port and $nginx_port are free. Sets work,
# speelveld_data, speelveld_log, nginx_bin and nginx_started (a script sets it once nginx runs).
bench_with_nginx_and_wrk() {
	local missing=()
	command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
	command -v wrk >/dev/null 2>&1 || missing+=(wrk)
	command -v curl >/dev/null 2>&1 || missing+=(curl)
	if [ ${#missing[@]} -gt 0 ]; then
		as_root apt-get update
		as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
	fi
	# shellcheck disable=SC2034 # used by the scripts that call this
	nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

	speelveld_build

	work=$(mktemp -d /tmp/speelveld-bench.XXXXXX)
	# nginx workers run as an unprivileged user when started as root: they must be able to read the files.
	chmod 755 "$work"
	speelveld_data=$work/pg
	speelveld_log=$work/speelveld.log
	nginx_started=
	trap bench_cleanup EXIT
	trap 'exit 130' INT TERM

	local port
	for port in "$speelveld_port" "$nginx_port"; do
		if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
			echo "Port $port is in use; choose others with SPEELVELD_PORT and NGINX_PORT." >&2
			exit 1
		fi
	done
}

bench_cleanup() {
	speelveld_stop
	if [ -n "$nginx_started" ] && [ -f "$work/nginx.pid" ]; then
		kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
	fi
	rm -rf "$work"
}

as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Reads wrk's output (run with --latency and a script that prints a PERCENTILES line) and prints:
# requests/s p50 p95 p99 (milliseconds) non-2xx.
wrk_figures() {
	awk '
		function ms(text) {
			if (text ~ /us$/) { sub(/us$/, "", text); return text / 1000 }
			if (text ~ /ms$/) { sub(/ms$/, "", text); return text + 0 }
			if (text ~ /s$/) { sub(/s$/, "", text); return text * 1000 }
			return text / 1000
		}
		/^Requests\/sec:/ { rps = $2 }
		/^ +50%/ { p50 = ms($2) }
		/^ +99%/ { p99 = ms($2) }
		/^PERCENTILES/ { p95 = $3 / 1000; if (p50 == "") p50 = $2 / 1000; if (p99 == "") p99 = $4 / 1000 }
		/Non-2xx or 3xx responses:/ { errors = $NF }
		END { printf "%s %.2f %.2f %.2f %d\n", rps, p50, p95, p99, errors }'
}

# Writes $work/paths.lua: a wrk script that requests the lines of the file $PATHS in turn, each thread from its
# own starting point: as paths to GET, or, when $TARGET is set, as JSON bodies to POST to that path. It prints
# the latency percentiles that wrk --latency leaves out (p95) on one line.
write_paths_lua() {
	cat >"$work/paths.lua" <<'LUA'
local lines = {}
for line in io.lines(os.getenv("PATHS")) do
	lines[#lines + 1] = line
end
local target = os.getenv("TARGET") or ""
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
local counter = 1
local threads = 0

function setup(thread)
	thread:set("start", threads * 7919)
	threads = threads + 1
end

function init(args)
	counter = (start or 0) % #lines
end

function request()
	counter = counter % #lines + 1
	if target ~= "" then
		return wrk.format("POST", target, headers, lines[counter])
	end
	return wrk.format("GET", lines[counter])
end

function done(summary, latency, requests)
	io.write(string.format("PERCENTILES %d %d %d\n", latency:percentile(50), latency:percentile(95),
		latency:percentile(99)))
end
LUA
}

# Writes to $1 every gemeente and wijk of 2024 that the running Speelveld knows, in a fixed shuffled order.
national_area_codes() {
	local level page body codes
	for level in gemeente wijk; do
		for page in $(seq 0 40); do
			body=$(curl -sf "http://localhost:$speelveld_port/api/v1/areas?level=$level&year=2024&size=500&page=$page") || break
			codes=$(printf '%s' "$body" | grep -o '"code":"[A-Z0-9]*"' | cut -d'"' -f4 || true)
			[ -z "$codes" ] && break
			printf '%s\n' "$codes"
		done
	done | awk 'BEGIN { srand(42) } { print rand() "\t" $0 }' | sort | cut -f2 >"$1"
}

# Copies to $2 a body as large as a typical Speelveld answer to the paths in $1: the median of the first 50.
sample_body() {
	local paths=$1 target=$2
	local i=0 sizes="$work/sizes.txt"
	: >"$sizes"
	while IFS= read -r path && [ $i -lt 50 ]; do
		curl -s -o "$work/sample.$i" "http://localhost:$speelveld_port$path"
		echo "$(stat -c %s "$work/sample.$i") $work/sample.$i" >>"$sizes"
		i=$((i + 1))
	done <"$paths"
	cp "$(sort -n "$sizes" | awk '{ line[NR] = $2 } END { print line[int((NR + 1) / 2)] }')" "$target"
	rm -f "$work"/sample.*
}

# Writes $work/nginx.conf for nginx serving $work/www on $nginx_port, with the server's locations given as $1.
write_nginx_conf() {
	mkdir -p "$work/www"
	chmod 755 "$work/www"
	write_nginx_http "	server {
		listen 127.0.0.1:$nginx_port;
		root $work/www;
		default_type application/json;
$1
	}"
}

# Writes $work/nginx.conf for nginx with the contents of its http block given as $1 (servers, upstreams).
write_nginx_http() {
	mkdir -p "$work/nginx-temp"
	cat >"$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
	access_log off;
	client_body_temp_path $work/nginx-temp/body;
	proxy_temp_path $work/nginx-temp/proxy;
	fastcgi_temp_path $work/nginx-temp/fastcgi;
	uwsgi_temp_path $work/nginx-temp/uwsgi;
	scgi_temp_path $work/nginx-temp/scgi;
$1
}
NGINX
}

# Runs wrk with the lines of the file $2 (paths to GET, or JSON bodies to POST to the path $4 when given) for
# $3 and prints: requests/s p50 p95 p99 (milliseconds) non-2xx.
measure() {
	local base=$1 paths=$2 length=$3 target=${4:-}
	local out
	out=$(PATHS="$paths" TARGET="$target" wrk --latency -t "$threads" -c "$connections" -d "$length" \
		-s "$work/paths.lua" "$base")
	printf '%s\n' "$out" >>"$work/wrk.log"
	printf '%s\n' "$out" | wrk_figures
}

# Prints the median of each column of the lines on standard input: the figures of several runs of measure.
medians() {
	awk '
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

# The median of each figure over $rounds runs of measure (arguments as measure's, without the length).
measure_median() {
	local base=$1 paths=$2 target=${3:-} runs=()
	for _ in $(seq "$rounds"); do
		runs+=("$(measure "$base" "$paths" "$duration" "$target")")
	done
	printf '%s\n' "${runs[@]}" | medians
}

# Warms up, then measures the page and the API paths in $work/page.paths and $work/api.paths, each next to nginx
# serving a sample answer of the same size, and prints the table with the ratio and whether p95 meets
# $aim_p95_ms. Arguments: the page's label, the API's label, a line that says what data was measured.
compare_page_and_api() {
	local page_label=$1 api_label=$2 data_line=$3
	local rows=() endpoint paths label target first status ours reference row
	echo "Warming up: both endpoints in turn, twice, $warmup each..."
	for _ in 1 2; do
		for endpoint in page api; do
			measure "http://localhost:$speelveld_port" "$work/$endpoint.paths" "$warmup" >/dev/null
		done
	done

	rows=()
	for endpoint in page api; do
		paths="$work/$endpoint.paths"
		label=$page_label
		target="$work/www/page.html"
		if [ "$endpoint" = api ]; then
			label=$api_label
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
	echo "Data: $data_line; load average at the end (others share the machine): $(cut -d' ' -f1-3 /proc/loadavg)"
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
}
