# Generator expressions consumed on the spot are fused into their consumer: a loop with no
# generator object (no coroutine) and no temporary list.
# RUN: %pyxc %s -e -o - | FileCheck %s


#export sum_squares(float list)
def sum_squares(xs):
    # CHECK: // {{.*}}genexp_fused.py:[[@LINE+6]]{{([^0-9]|$)}}
    # CHECK-NOT: {{list|generator|co_yield|push_back|append|reserve|vector}}
    # CHECK: for (double x : xs) {
    # CHECK-NEXT: total_{{[0-9]+}} += (x * x);
    # CHECK-NOT: {{list|generator|co_yield|push_back|append|reserve|vector}}
    # CHECK: return total_{{[0-9]+}};
    return sum(x * x for x in xs)


#export any_negative(int list)
def any_negative(xs):
    # CHECK: // {{.*}}genexp_fused.py:[[@LINE+6]]{{([^0-9]|$)}}
    # CHECK-NOT: {{list|generator|co_yield|push_back|append|reserve|vector}}
    # CHECK: for (pyxc::int_t x : xs) {
    # CHECK-NEXT: if (x < 0L) return true;
    # CHECK-NOT: {{list|generator|co_yield|push_back|append|reserve|vector}}
    # CHECK: return false;
    return any(x < 0 for x in xs)


#export largest(int list)
def largest(xs):
    # CHECK: // {{.*}}genexp_fused.py:[[@LINE+4]]{{([^0-9]|$)}}
    # CHECK-NOT: {{list|generator|co_yield|push_back|append|reserve|vector}}
    # CHECK: raise_max_empty
    # CHECK-NEXT: return best_{{[0-9]+}};
    return max(x % 7 for x in xs)


#export loop(int)
def loop(n):
    total = 0
    # CHECK: // {{.*}}genexp_fused.py:[[@LINE+5]]{{([^0-9]|$)}}
    # CHECK-NOT: {{generator|co_yield}}
    # CHECK: for (pyxc::int_t i : pyxc::range(n)) {
    # CHECK-NEXT: pyxc::int_t sq = pyxc::mul(i, i);
    # CHECK-NOT: {{generator|co_yield}}
    for sq in (i * i for i in range(n)):
        total += sq
    # CHECK: // {{.*}}genexp_fused.py:[[@LINE+1]]{{([^0-9]|$)}}
    return total
