#!/usr/bin/env python3
"""A stand-in C++ compiler that rejects the generated code the way g++ would: it reports an
error on the C++ line right after the first `// <file>.py:N` statement comment."""
import re
import sys

cpp = next(arg for arg in sys.argv[1:] if arg.endswith(".cpp"))
with open(cpp) as f:
    for number, line in enumerate(f, start=1):
        if re.match(r"\s*// .*\.py:\d+$", line):
            print(f"{cpp}:{number + 1}:5: error: simulated rejection of generated code", file=sys.stderr)
            sys.exit(1)
print(f"{cpp}:1:1: error: no statement comment found", file=sys.stderr)
sys.exit(1)
