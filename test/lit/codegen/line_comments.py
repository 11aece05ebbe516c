# Every statement of the generated C++ is preceded by a `// <file>.py:<line>` comment, with
# the file name as given on the command line.
# RUN: %pyxc %s -e -o - | FileCheck %s
import math


#export standard_dev(float list)
def standard_dev(lst):
    # CHECK: // {{.*}}line_comments.py:[[@LINE+2]]{{([^0-9]|$)}}
    # CHECK-NEXT: {{.*}}total{{.*}}
    total = 0.0
    # CHECK: // {{.*}}line_comments.py:[[@LINE+1]]{{([^0-9]|$)}}
    for value in lst:
        # CHECK: // {{.*}}line_comments.py:[[@LINE+1]]{{([^0-9]|$)}}
        total += value
    # CHECK: // {{.*}}line_comments.py:[[@LINE+1]]{{([^0-9]|$)}}
    m = total / len(lst)
    # CHECK: // {{.*}}line_comments.py:[[@LINE+1]]{{([^0-9]|$)}}
    variance = sum([(value - m) ** 2 for value in lst])
    # CHECK: // {{.*}}line_comments.py:[[@LINE+2]]{{([^0-9]|$)}}
    # CHECK-NEXT: return {{.*}}variance{{.*}};
    return math.sqrt(variance / len(lst))
