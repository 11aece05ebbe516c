# The `// file.py:N` comments use the path exactly as given on the command line.
# RUN: cd %S && %pyxc line_comments_relative.py -e -o - | FileCheck %s


#export inc(int)
def inc(n):
    # CHECK: {{^[[:space:]]*}}// line_comments_relative.py:[[@LINE+1]]{{([^0-9]|$)}}
    return n + 1
