"""Waits until a background build of the precompiled runtime in CACHE_DIR has finished.

    wait_for_pch.py CACHE_DIR TIMEOUT_S

Done when some precompiled runtime directory holds no `building.lock` and its files are all
there (.pch and, for clang, .o); exit status 1 on timeout or if the build failed.
"""
import glob
import os
import sys
import time

cache, timeout = sys.argv[1], float(sys.argv[2])
deadline = time.monotonic() + timeout
while time.monotonic() < deadline:
    for directory in glob.glob(os.path.join(cache, "pch", "*")):
        if os.path.exists(os.path.join(directory, "failed.log")):
            sys.exit(f"the background build failed: {directory}/failed.log")
        if os.path.exists(os.path.join(directory, "building.lock")):
            continue
        if glob.glob(os.path.join(directory, "*.pch")) or glob.glob(os.path.join(directory, "*.gch")):
            sys.exit(0)
    time.sleep(0.1)
sys.exit(f"no precompiled runtime in {cache} after {timeout} s")
