#!/usr/bin/env bash
# A throwaway single-node Slurm cluster for tests: its own munge daemon, slurmctld and slurmd,
# all configured, run and logged in one directory, on free ports. Nothing under /etc is read
# or written, so several clusters can run side by side. Needs root (SlurmUser=root), no
# cgroups, no systemd. Measured facts behind each setting: shared notes, slurm-single-node.md.
#
#   slurm_cluster.sh start DIR   DIR: an empty or new directory, short enough for a socket
#                                path (use mktemp -d). Returns once the node is idle and the
#                                first scheduler pass is done; then `export SLURM_CONF=DIR/slurm.conf`.
#   slurm_cluster.sh stop DIR    stops the daemons started in DIR (TERM, then KILL after 5 s)
#                                and any job step still running under them. Safe to repeat.
#
# start fails (after stopping what it started and printing the logs) when a daemon dies or the
# node is not idle within START_TIMEOUT seconds (default 40).
set -uo pipefail

die() { echo "slurm_cluster: $*" >&2; exit 1; }

free_port() {
  /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

write_config() {
  local t=$1 p1 p2
  p1=$(free_port) && p2=$(free_port) || die "cannot find free ports"
  while [ "$p2" = "$p1" ]; do p2=$(free_port); done
  # CPUs must not exceed what the machine has; slurmd refuses the node otherwise.
  local cpus; cpus=$(nproc)
  cat > "$t/slurm.conf" <<CONF
ClusterName=throwaway
SlurmctldHost=localhost
SlurmctldPort=$p1
SlurmdPort=$p2
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$t/munge.sock
StateSaveLocation=$t/state
SlurmdSpoolDir=$t/spool
SlurmctldPidFile=$t/slurmctld.pid
SlurmdPidFile=$t/slurmd.pid
SlurmctldLogFile=$t/slurmctld.log
SlurmdLogFile=$t/slurmd.log
PlugStackConfig=$t/plugstack.conf
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerParameters=batch_sched_delay=0
ReturnToService=2
MailProg=/bin/true
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus CoresPerSocket=$cpus RealMemory=1000 State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
  : > "$t/plugstack.conf"
}

# Starts "$@" detached from our stdin/stdout/stderr (a test runner waits for its pipes to
# close), logging to $t/NAME.err, and records its pid.
spawn() {
  local t=$1 name=$2; shift 2
  "$@" < /dev/null > "$t/$name.err" 2>&1 &
  echo "$! $name" >> "$t/pids"
}

alive() {  # a pid that exists and is not a zombie
  local state; state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
  [ -n "$state" ] && [[ $state != Z* ]]
}

check_daemons() {
  local t=$1 pid name
  while read -r pid name; do
    alive "$pid" || { echo "slurm_cluster: $name (pid $pid) exited" >&2; return 1; }
  done < "$t/pids"
}

show_logs() {
  local t=$1 f
  for f in "$t"/*.err "$t"/*.log; do
    [ -s "$f" ] && { echo "==> $f <==" >&2; tail -n 20 "$f" >&2; }
  done
}

# Waits until "$@" succeeds, the daemons all alive, for at most $deadline (epoch seconds).
wait_for() {
  local t=$1 what=$2; shift 2
  until "$@" >/dev/null 2>&1; do
    check_daemons "$t" || return 1
    [ "$(date +%s)" -lt "$deadline" ] || { echo "slurm_cluster: timed out waiting for $what" >&2; return 1; }
    sleep 0.1
  done
}

start() {
  local t=$1
  for tool in munged mungekey slurmctld slurmd sinfo; do
    command -v "$tool" >/dev/null || die "$tool not found (apt-get install munge slurmctld slurmd slurm-client)"
  done
  [ "$(id -u)" -eq 0 ] || die "needs root (SlurmUser=root)"
  mkdir -p "$t" || die "cannot create $t"
  [ -z "$(ls -A "$t")" ] || die "$t is not empty"
  t=$(cd "$t" && pwd)
  chmod 755 "$t"  # munged wants execute permission for all on its socket's directory
  mkdir "$t/state" "$t/spool"
  write_config "$t"
  export SLURM_CONF=$t/slurm.conf
  local deadline=$(( $(date +%s) + ${START_TIMEOUT:-40} ))

  mungekey -c -k "$t/munge.key" || die "mungekey failed"
  spawn "$t" munged munged -F --key-file="$t/munge.key" --socket="$t/munge.sock" \
    --pid-file="$t/munged.pid" --log-file="$t/munged.log" --seed-file="$t/munged.seed"
  if wait_for "$t" "munged's socket" test -S "$t/munge.sock"; then
    spawn "$t" slurmctld slurmctld -D -f "$SLURM_CONF"
    spawn "$t" slurmd slurmd -D -f "$SLURM_CONF" -N localhost
    # Idle node, then the first scheduler pass: a job submitted before it waits for it and
    # misses sbatch --wait's first poll.
    if wait_for "$t" "an idle node" node_idle &&
       wait_for "$t" "the first scheduler pass" grep -q SchedulerParameters= "$t/slurmctld.log"; then
      return 0
    fi
  fi
  show_logs "$t"
  stop "$t"
  exit 1
}

node_idle() { sinfo -h -N -o %T | grep -q idle; }

# Processes whose environment names this cluster's configuration, other than this script and
# its ancestors (the caller exported SLURM_CONF too): the daemons, and the job steps and
# their children that slurmd starts and does not take down with it.
cluster_processes() {
  local pid=$$ ours=" "
  while [ "$pid" -gt 1 ] 2>/dev/null; do
    ours+="$pid "
    pid=$(awk '/^PPid:/ {print $2}' "/proc/$pid/status" 2>/dev/null) || break
  done
  grep -lzxF "SLURM_CONF=$1" /proc/[0-9]*/environ 2>/dev/null | sed 's|^/proc/||; s|/environ$||' |
    while read -r pid; do [[ $ours == *" $pid "* ]] || echo "$pid"; done
}

stop() {
  local t=$1 pid name pids=()
  [ -f "$t/pids" ] || return 0
  t=$(cd "$t" && pwd)
  while read -r pid name; do pids+=("$pid"); done < "$t/pids"
  # Daemons first, in reverse order of start (slurmd, slurmctld, munged), then stragglers.
  for (( i=${#pids[@]}-1; i>=0; i-- )); do kill -TERM "${pids[i]}" 2>/dev/null; done
  pids+=( $(cluster_processes "$t/slurm.conf") )
  for pid in $(cluster_processes "$t/slurm.conf"); do kill -TERM "$pid" 2>/dev/null; done
  local deadline=$(( $(date +%s) + 5 ))
  for pid in "${pids[@]}"; do
    while alive "$pid" && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.05; done
    alive "$pid" && kill -KILL "$pid" 2>/dev/null
  done
  mv "$t/pids" "$t/pids.stopped"
  return 0
}

case "${1:-}:${2:-}" in
  start:?*) start "$2" ;;
  stop:?*) stop "$2" ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
