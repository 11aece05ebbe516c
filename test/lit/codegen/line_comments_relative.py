# The `// file.py:N` comments use the path exactly as given on the command line, like the
# diagnostics do.
# RUN: cd %S && %pyxc line_comments_relative.py -e -o - | FileCheck %s
# RUN: cd %S/.. && %pyxc codegen/line_comments_relative.py -e -o - | FileCheck %s --check-prefix=SUBDIR


#export inc(int)
def inc(n):
    # CHECK: {{^[[:space:]]*}}// line_comments_relative.py:[[@LINE+2]]{{([^0-9]|$)}}
    # SUBDIR: {{^[[:space:]]*}}// codegen/line_comments_relative.py:[[@LINE+1]]{{([^0-9]|$)}}
    return n + 1
