# RUN: rm -rf %t && mkdir -p %t
# RUN: cat %pyxc_src_root/examples/mixed_program.py %s > %t/mixed_program.py
# RUN: %difftest %t/mixed_program.py
# The >150-line mixed program of examples/mixed_program.py (N queens, word counts, Dijkstra on a
# dict graph, run-length coding, sieve, Collatz), compiled whole and compared with CPython. These
# check lines are appended to a copy of the example, so the example itself is what is tested.
#export TEXT, GRAPH
TEXT = "The cat and the hat.\nA cat, a bat; the CAT!\n\n(hat) is it? Bat bat bat."
GRAPH = {"a": [("b", 1.0), ("c", 4.0)], "b": [("c", 2.0), ("d", 7.5)], "c": [("d", 1.0)], "d": [], "e": [("a", 1.0)]}

#check: [queens(n) for n in range(1, 9)]
#check: queens(0)
#check: first_queens(8)
#check: first_queens(3)
#check: first_queens(1)
#check: word_counts(TEXT)
#check: word_counts("")
#check: top_words(TEXT, 3)
#check: top_words(TEXT, 0)
#check: top_words("zeta alpha alpha beta beta", 5)
#check: dijkstra(GRAPH, "a")
#check: dijkstra(GRAPH, "e")
#check: dijkstra(GRAPH, "d")
#check: dijkstra(GRAPH, "x")
#check: dijkstra({"a": [("b", -1.0)], "b": []}, "a")
#check: grid_graph(2)
#check: grid_distance(6)
#check: grid_distance(1)
#check: rle_encode("aaabccddddd")
#check: rle_encode("")
#check: rle_encode("é€€x")
#check: rle_decode(rle_encode("aaabccddddd"))
#check: rle_decode([("x", 3), ("y", 0), ("z", 2)])
#check: primes_below(60)
#check: primes_below(2)
#check: primes_below(0)
#check: collatz_stats(1000)
#check: collatz_stats(1)
#check: safe_ratios([1, 2, 3, -7], [2, 0, 3, 2])
#check: safe_ratios([1], [])
#check: digit_histogram([0, 12, -345, 9999, 10])
#check: digit_histogram([])
#check-rejects: queens(2.5)
#check-rejects: dijkstra({"a": [("b", 1)]}, 3)
