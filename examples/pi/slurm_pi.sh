#!/bin/bash -l
# Monte-Carlo pi under Slurm: a job array sweeping the number of MPI ranks, one array task
# per worker count, as the tutorial's scoop_launcher.sh sweeps SCOOP's workers.
#
#   pyxc examples/pi/pi_kernel.py -o examples/pi/pi_kernel.so      # build once, before
#   sbatch examples/pi/slurm_pi.sh [RESULTS [TRIES [KERNEL]]]
#   /usr/bin/python3 examples/pi/plot_pi.py RESULTS -o pi_time_vs_workers.png
#
# Array task k runs `mpirun -n k` on pi_mpi.py, which appends one line per run to RESULTS
# (default: pi_results.txt in the submit directory). Override the sweep on the command line,
# e.g. `sbatch --array=1-28 ...`. --exclusive keeps the runs from sharing the node, so each
# time is measured alone, as in the tutorial.
#
# Environment: PYTHON (default /usr/bin/python3), PI_DIR (the folder of pi_mpi.py; by default
# the folder of the submitted script, which Slurm reports as the job's Command: it runs a
# copy of this file, so $0 does not tell).
#SBATCH --job-name=pi_mpi
#SBATCH --output=pi_mpi_%A_%a.log
#SBATCH --nodes=1
#SBATCH --ntasks=1
#SBATCH --exclusive
#SBATCH --time=0-00:35:00
#SBATCH --array=1-2
set -euo pipefail

submit=${SLURM_SUBMIT_DIR:-$PWD}
if [ -z "${PI_DIR:-}" ]; then
  script=$(scontrol show job "${SLURM_JOB_ID:-0}" 2>/dev/null | sed -n 's/^ *Command=\([^ ]*\).*/\1/p' | head -n 1) || script=
  PI_DIR=$(dirname "${script:-$0}")
fi
[ -f "$PI_DIR/pi_mpi.py" ] || { echo "slurm_pi.sh: no pi_mpi.py in $PI_DIR; set PI_DIR" >&2; exit 2; }
results=${1:-$submit/pi_results.txt}
tries=${2:-10000000}
kernel=${3:-}
workers=${SLURM_ARRAY_TASK_ID:-1}

mpi_args=(-n "$workers" --oversubscribe)
[ "$(id -u)" -ne 0 ] || mpi_args+=(--allow-run-as-root)
mpirun "${mpi_args[@]}" "${PYTHON:-/usr/bin/python3}" "$PI_DIR/pi_mpi.py" \
  --tries "$tries" --results "$results" ${kernel:+--kernel "$kernel"}
