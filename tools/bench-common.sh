# Shared by the benchmark scripts (tools/bench-*.sh); sourced, not run. They set $dir (work folder),
# $round (round number) and $idle_wait (seconds to wait for other load to drop) before calling these.

# Children inherit the shell's niceness, so every measured process runs at it. With the kernel's
# autogroup scheduling, niceness only ranks processes within one session, and each session competes
# with the others at its autogroup's weight: so the script restarts itself in a new session and sets
# that session's weight too, which touches no process but its own.
# Call as: become_nice "${args[@]}" (the script's own arguments), with $niceness set or empty.
become_nice() {
    if [ -n "$niceness" ]; then
        if [ "$(cat /proc/sys/kernel/sched_autogroup_enabled 2>/dev/null || echo 0)" = 1 ] && [ -z "${BENCH_OWN_SESSION:-}" ]; then
            BENCH_OWN_SESSION=1 exec setsid --wait bash "$0" "$@"
        fi
        renice -n "$niceness" -p $$ >/dev/null
        if [ -n "${BENCH_OWN_SESSION:-}" ]; then
            echo "$niceness" > "/proc/$$/autogroup"
        fi
    fi
}

# Checks the programs a script needs, moves it to its niceness, and makes its work folder $dir (a new
# temporary one, removed at exit unless $keep is 1, when $dir is empty). Call as:
#   bench_start NAME "${args[@]}"   with $tools (programs), $niceness, $dir and $keep set.
bench_start() {
    local name=$1 tool; shift
    for tool in $tools; do
        command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
    done
    become_nice "$@"
    if [ -z "$dir" ]; then
        dir=$(mktemp -d "${TMPDIR:-/tmp}/fe-bench-$name.XXXXXX")
        [ "$keep" = 1 ] || trap 'rm -rf "$dir"' EXIT
    fi
    mkdir -p "$dir"
}

hz=$(getconf CLK_TCK)

# Busy CPU seconds of the whole machine so far (user+nice+system+irq+softirq+steal from /proc/stat).
machine_busy() { awk -v hz="$hz" '/^cpu / { printf "%.3f\n", ($2+$3+$4+$7+$8+$9)/hz }' /proc/stat; }

# CPU seconds used by this shell's finished children (user+system), from the `times` builtin.
# Sets CHILD_CPU. `times` must run in this shell: in a pipeline or $(...) it would run in a subshell,
# which has no finished children of its own.
children_cpu() {
    times > "$dir/times.tmp"
    CHILD_CPU=$(awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%.3f\n", u[1]*60 + u[2] + s[1]*60 + s[2] }' "$dir/times.tmp")
}

# Share (%) of all cores busy over one second, while this script does nothing.
background_busy() {
    local a b
    a=$(machine_busy); sleep 1; b=$(machine_busy)
    awk -v a="$a" -v b="$b" -v n="$(nproc)" 'BEGIN { printf "%.0f\n", 100 * (b - a) / n }'
}

wait_for_idle() {
    local waited=0 busy
    busy=$(background_busy)
    while [ "$busy" -ge 10 ] && [ "$waited" -lt "$idle_wait" ]; do
        sleep 4; waited=$((waited + 5)); busy=$(background_busy)
    done
    [ "$busy" -lt 10 ] || echo "   note: other processes keep ${busy}% of the CPUs busy; figures below are disturbed" >&2
}

# measure NAME COMMAND...: runs COMMAND, records wall seconds, this run's CPU seconds, the CPU seconds
# the rest of the machine used meanwhile and the round number in $dir/NAME.times (one line per round).
measure() {
    local name=$1; shift
    wait_for_idle
    local c0 m0 t0 t1 m1 c1
    children_cpu; c0=$CHILD_CPU; m0=$(machine_busy); t0=$(date +%s.%N)
    "$@"
    t1=$(date +%s.%N); m1=$(machine_busy); children_cpu; c1=$CHILD_CPU
    awk -v t0="$t0" -v t1="$t1" -v c0="$c0" -v c1="$c1" -v m0="$m0" -v m1="$m1" -v r="$round" \
        'BEGIN { o = (m1 - m0) - (c1 - c0); if (o < 0) o = 0; printf "%.3f %.3f %.3f %d\n", t1 - t0, c1 - c0, o, r }' \
        >> "$dir/$name.times"
}

# ---- reading the results ---------------------------------------------------------------------------

best() { sort -n "$dir/$1.times" | head -n 1; }   # fastest round: wall cpu others round
nth() { awk -v i="$2" '{ print $i }' <<< "$1"; }
value() { grep "^$2=" "$1" | head -n 1 | cut -d= -f2-; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f\n", a / b }'; }
