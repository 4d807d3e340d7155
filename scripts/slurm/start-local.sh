#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts a real single-node Slurm on this machine (Debian's slurm-wlm and munge) for the sweep's Slurm test:
# munged, slurmctld and slurmd on localhost, one partition with every core, no cgroups (so that it also runs in
# a container). Needs root. Idempotent: a Slurm it started before that still answers is kept.
#   scripts/slurm/start-local.sh         start (or check) it; prints "ready" when sinfo shows the node idle
#   scripts/slurm/start-local.sh stop    stop the daemons it started
# Exit codes: 0 ready, 77 cannot run here (the reason on stderr: not root, packages missing), 1 failed.
set -eu

STATE=${RACKWERK_SLURM_STATE:-/var/tmp/rackwerk-slurm}
CONF_DIR=/etc/slurm
CONF=$CONF_DIR/slurm.conf

skip() {
    echo "start-local.sh: $*" >&2
    exit 77
}

if [ "${1:-}" = stop ]; then
    for pidfile in "$STATE"/slurmd.pid "$STATE"/slurmctld.pid "$STATE"/munged.pid; do
        [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
    done
    exit 0
fi

[ "$(id -u)" = 0 ] || skip "Slurm's daemons need root; run as root (CI does)"
for program in munged slurmctld slurmd sbatch sinfo; do
    command -v "$program" >/dev/null 2>&1 || skip "$program is missing: apt-get install slurm-wlm munge"
done

if sinfo -h -o %T 2>/dev/null | grep -q -E '^(idle|mixed|allocated)'; then
    echo ready
    exit 0
fi

mkdir -p "$STATE" "$CONF_DIR" /var/spool/slurmd /var/spool/slurmctld /run/munge /var/log/munge /var/lib/munge
chown munge:munge /run/munge /var/log/munge /var/lib/munge 2>/dev/null || true
if [ ! -s /etc/munge/munge.key ]; then
    mkdir -p /etc/munge
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 2>/dev/null
    chown munge:munge /etc/munge/munge.key 2>/dev/null || true
    chmod 400 /etc/munge/munge.key
fi
if ! munge -n >/dev/null 2>&1; then
    runuser -u munge -- munged --pid-file="$STATE/munged.pid" 2>/dev/null \
        || munged --force --pid-file="$STATE/munged.pid"
    sleep 1
fi
munge -n >/dev/null || { echo "start-local.sh: munged does not answer" >&2; exit 1; }

CPUS=$(nproc)
MEMORY_MB=$(awk '/MemTotal/ { print int($2 / 1024 / 2) }' /proc/meminfo)
# Our own configuration, unless the machine already has another one (then we do not touch it).
if [ -f "$CONF" ] && ! grep -q '^# rackwerk-local-slurm' "$CONF"; then
    skip "$CONF exists and is not ours; start that Slurm instead"
fi
cat >"$CONF" <<EOF
# rackwerk-local-slurm: written by scripts/slurm/start-local.sh
ClusterName=rackwerk-local
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=$STATE/slurmctld.pid
SlurmdPidFile=$STATE/slurmd.pid
SlurmctldLogFile=$STATE/slurmctld.log
SlurmdLogFile=$STATE/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$CPUS RealMemory=$MEMORY_MB State=UNKNOWN
PartitionName=local Nodes=localhost Default=YES MaxTime=INFINITE State=UP OverSubscribe=YES
EOF
# slurmd 22.05 sets up its cgroup plugin even with the task and proctrack plugins that do not use it; in a
# container it may neither mount cgroups nor talk to systemd. (CgroupPlugin=disabled only exists from 23.02.)
if [ ! -f "$CONF_DIR/cgroup.conf" ] || grep -q '^# rackwerk-local-slurm' "$CONF_DIR/cgroup.conf"; then
    printf '# rackwerk-local-slurm\nCgroupAutomount=no\nIgnoreSystemd=yes\n' >"$CONF_DIR/cgroup.conf"
fi

pgrep -x slurmctld >/dev/null || slurmctld -i
pgrep -x slurmd >/dev/null || slurmd
for _ in $(seq 1 30); do
    if sinfo -h -o %T 2>/dev/null | grep -q -E '^(idle|mixed|allocated)'; then
        echo ready
        exit 0
    fi
    scontrol update NodeName=localhost State=RESUME >/dev/null 2>&1 || true
    sleep 1
done
echo "start-local.sh: the node did not come up; see $STATE/slurmctld.log and $STATE/slurmd.log" >&2
sinfo >&2 || true
exit 1
