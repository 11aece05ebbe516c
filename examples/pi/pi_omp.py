"""Monte-Carlo pi with OpenMP threads: the loop of pi_kernel.py with one `#omp` line.

    pyxc examples/pi/pi_omp.py -fopenmp -o pi_omp.so
    OMP_NUM_THREADS=2 python3 -c "import pi_omp; print(pi_omp.estimate_pi(1, 10**8))"

Each thread draws from its own Mersenne Twister stream, seeded from random.seed(seed) and
the thread number, so a run is reproducible for a given seed and thread count (it differs
from the serial count, which replays CPython's single stream). Without -fopenmp the
annotation is ignored and the loop runs serially.
"""
import random


#export count_inside(int, int)
def count_inside(seed, tries):
    random.seed(seed)
    inside = 0
    #omp parallel for reduction(+:inside)
    for i in range(tries):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return inside


#export count_inside_threads(int, int, int)
def count_inside_threads(seed, tries, threads):
    """count_inside on `threads` OpenMP threads (for benchmarks sweeping the thread count)."""
    random.seed(seed)
    inside = 0
    #omp parallel for reduction(+:inside) num_threads(threads)
    for i in range(tries):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return inside


#export estimate_pi(int, int)
def estimate_pi(seed, tries):
    return 4.0 * count_inside(seed, tries) / tries


if __name__ == "__main__":
    print(estimate_pi(1, 10**6))
