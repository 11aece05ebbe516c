# RUN: %difftest %s
# Several exported functions next to an unexported helper, which stays private.

def clip(x):
    if x < 0.0:
        return 0.0
    return x


#export positive_part(float list)
def positive_part(xs):
    return [clip(x) for x in xs]


#export positive_sum(float list)
def positive_sum(xs):
    return sum([clip(x) for x in xs])


#export n_clipped(float list)
def n_clipped(xs):
    return len([x for x in xs if clip(x) != x])

#check: positive_part([1.0, -2.0, 0.5])
#check: positive_sum([1.0, -2.0, 0.5])
#check: positive_sum([-1.0, -0.5])
#check: positive_part([])
#check: n_clipped([1.0, -2.0, -0.5])
