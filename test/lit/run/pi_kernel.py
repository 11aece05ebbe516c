# The Monte-Carlo pi kernel of examples/pi, compiled as shipped: the checks below are appended
# to a copy of it. pyxc's random replays CPython's Mersenne Twister, so the counts match
# exactly, and the MPI and thread runs of the example give CPython's answers.
# RUN: cat %pyxc_src_root/examples/pi/pi_kernel.py %s > %t.py
# RUN: %difftest %t.py

#check: count_inside(7, 1000)
#check: count_inside(1, 100000)
#check: count_inside(-3, 5000)
#check: count_inside(2**40 + 5, 2000)
#check: count_inside(0, 0)
#check: count_inside_hypot(7, 1000)
#check: count_inside_hypot(1, 100000)
#check: [count_inside(s, 10000) == count_inside_hypot(s, 10000) for s in range(5)]
#check: estimate_pi(11, 100001)
#check: estimate_pi(2024, 1)
#check: estimate_pi(1, 0)
#check-rejects: count_inside(1.5, 10)
