#!/usr/bin/env python3
"""Every diagnostic in frontend/diagnostic_kinds.def must have a test that triggers it.

    check_diag_coverage.py DIAGNOSTIC_KINDS_DEF TEST_DIR

A test declares what it covers with a `# DIAG: <id>` line (test/lit/diagnostics/*.py). Fails
when an id has no test, when a test names an id the registry does not have (a rename or a
typo), or when an allow-listed id has gained a test (the entry should then go).
"""
import os
import re
import sys

# Kinds no source program can trigger yet, with the reason. Keep this list short.
ALLOWED_UNTESTED = {
}


def main():
    registry_path, test_dir = sys.argv[1], sys.argv[2]
    with open(registry_path, encoding="utf-8") as f:
        registry = re.findall(r"^\s*DIAG\(\s*(\w+)\s*,", f.read(), re.M)
    covered = {}
    for name in sorted(os.listdir(test_dir)):
        path = os.path.join(test_dir, name)
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                for diag_id in re.findall(r"^#\s*DIAG:\s*(\w+)\s*$", f.read(), re.M):
                    covered.setdefault(diag_id, []).append(name)

    errors = []
    for diag_id in registry:
        if diag_id not in covered and diag_id not in ALLOWED_UNTESTED:
            errors.append(f"diagnostic `{diag_id}` has no test (add one with `# DIAG: {diag_id}`)")
        if diag_id in covered and diag_id in ALLOWED_UNTESTED:
            errors.append(f"`{diag_id}` is tested now: remove it from ALLOWED_UNTESTED")
    for diag_id, files in sorted(covered.items()):
        if diag_id not in registry:
            errors.append(f"{', '.join(files)}: `# DIAG: {diag_id}` names no diagnostic in the registry")
    for diag_id in ALLOWED_UNTESTED:
        if diag_id not in registry:
            errors.append(f"ALLOWED_UNTESTED names `{diag_id}`, which the registry no longer has")

    for e in errors:
        print(f"error: {e}")
    tested = sum(1 for d in registry if d in covered)
    print(f"{tested} of {len(registry)} diagnostics have a test, "
          f"{len(ALLOWED_UNTESTED)} allow-listed, {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
