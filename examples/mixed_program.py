# A small program mixing the Python core pyxc compiles: an N-queens solver, a word-frequency
# counter over a text, Dijkstra's shortest paths on a dict graph, a run-length codec, a prime
# sieve and integer statistics. It is plain Python (CPython runs it as is); the export lines
# are in Pythran's spelling so that `pythran` compiles the same file for the benchmark
# (examples/bench_mixed.py). Differential test: test/lit/run/mixed_program.py.

INF = 1.0e300
PUNCTUATION = ".,;:!?\"'()"
STOP_WORDS = {"the", "a", "an", "of", "and", "to", "in", "is", "it"}


# ---------------------------------------------------------------- N queens

def queens_safe(cols, row, col):
    for r, c in enumerate(cols[:row]):
        if c == col or abs(c - col) == row - r:
            return False
    return True


def queens_place(cols, row, n):
    if row == n:
        return 1
    count = 0
    for col in range(n):
        if queens_safe(cols, row, col):
            cols[row] = col
            count += queens_place(cols, row + 1, n)
    return count


#pythran export queens(int)
def queens(n):
    """Number of ways to place n non-attacking queens on an n x n board."""
    if n < 1:
        raise ValueError(f"board size must be positive, got {n}")
    cols = [0] * n
    return queens_place(cols, 0, n)


#pythran export first_queens(int)
def first_queens(n):
    """The lexicographically first solution as a list of columns, or [] if none."""
    cols = [-1] * n
    row = 0
    while row < n:
        col = cols[row] + 1
        while col < n and not queens_safe(cols, row, col):
            col += 1
        if col < n:
            cols[row] = col
            row += 1
        else:
            cols[row] = -1
            row -= 1
            if row < 0:
                return []
    return cols


# ---------------------------------------------------------------- words

def normalise(word):
    return word.strip(PUNCTUATION).lower()


#pythran export word_counts(str)
def word_counts(text):
    counts = {}
    for line in text.split("\n"):
        for raw in line.split():
            word = normalise(raw)
            if not word or word in STOP_WORDS:
                continue
            counts[word] = counts.get(word, 0) + 1
    return counts


#pythran export top_words(str, int)
def top_words(text, k):
    counts = word_counts(text)
    ranked = sorted([(-n, w) for w, n in counts.items()])
    out = []
    for neg, w in ranked[:k]:
        out.append(f"{w}:{-neg}")
    return ", ".join(out)


# ---------------------------------------------------------------- shortest paths

#pythran export dijkstra(str:(str, float) list dict, str)
def dijkstra(graph, source):
    """Distances from source over non-negative edge weights (O(V^2) selection)."""
    if source not in graph:
        raise KeyError(source)
    dist = {source: 0.0}
    done = set()
    while True:
        best = ""
        best_d = INF
        for node, d in dist.items():
            if node not in done and d < best_d:
                best, best_d = node, d
        if best_d == INF:
            break
        done.add(best)
        for nxt, w in graph.get(best, []):
            assert w >= 0.0, "negative edge weight"
            nd = best_d + w
            if nd < dist.get(nxt, INF):
                dist[nxt] = nd
    return dist


#pythran export grid_graph(int)
def grid_graph(n):
    """An n x n grid with deterministic weights, as a dict of adjacency lists."""
    graph = {}
    for i in range(n):
        for j in range(n):
            edges = []
            for di, dj in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                a, b = i + di, j + dj
                if 0 <= a < n and 0 <= b < n:
                    edges.append((f"{a},{b}", 1.0 + (a * 7 + b * 13) % 5))
            graph[f"{i},{j}"] = edges
    return graph


#pythran export grid_distance(int)
def grid_distance(n):
    dist = dijkstra(grid_graph(n), "0,0")
    return dist[f"{n - 1},{n - 1}"]


# ---------------------------------------------------------------- run-length coding

#pythran export rle_encode(str)
def rle_encode(s):
    if not s:
        return []
    out = []
    prev, run = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            run += 1
        else:
            out.append((prev, run))
            prev, run = ch, 1
    out.append((prev, run))
    return out


#pythran export rle_decode((str, int) list)
def rle_decode(pairs):
    return "".join([ch * n for ch, n in pairs])


# ---------------------------------------------------------------- numbers

#pythran export primes_below(int)
def primes_below(n):
    sieve = [True] * max(n, 2)
    sieve[0] = sieve[1] = False
    i = 2
    while i * i < n:
        if sieve[i]:
            for j in range(i * i, n, i):
                sieve[j] = False
        i += 1
    return [k for k in range(n) if sieve[k]]


#pythran export collatz_stats(int)
def collatz_stats(limit):
    """(start with the longest chain below limit, its length, mean length)."""
    best, best_len, total = 1, 1, 0
    for start in range(1, limit):
        n, steps = start, 1
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        total += steps
        if steps > best_len:
            best, best_len = start, steps
    return best, best_len, total / max(limit - 1, 1)


#pythran export safe_ratios(int list, int list)
def safe_ratios(num, den):
    out = []
    for a, b in zip(num, den):
        try:
            out.append(a / b)
        except ZeroDivisionError:
            out.append(0.0)
    return out


#pythran export digit_histogram(int list)
def digit_histogram(xs):
    hist = {d: 0 for d in range(10)}
    for x in xs:
        for ch in str(abs(x)):
            hist[int(ch)] += 1
    return [hist[d] for d in range(10)][::-1]
