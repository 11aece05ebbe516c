# lit configuration of pyxc's suites (test/lit/). The paths come from the CMake-configured
# build/test/lit.site.cfg.py, which loads this file.
import os
import shutil

import lit.formats

config.name = "pyxc"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".py", ".test"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py", "lit.local.cfg"]
config.test_source_root = os.path.join(config.pyxc_src_root, "test", "lit")
config.test_exec_root = os.path.join(config.pyxc_obj_root, "test", "lit")

# FileCheck, not, count live in LLVM's bin dir, which is not on PATH on Debian.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_bin_dir, config.environment.get("PATH", os.environ.get("PATH", ""))])
# pyxc builds modules for the interpreter the tests run them in.
config.environment["PYXC_PYTHON"] = config.python
# One build cache for the suite, in the build tree: the precompiled runtime is built once, and
# a rerun rebuilds only modules whose inputs changed (the key includes pyxc's own binary and
# the runtime headers, so a rebuilt pyxc or an edited header misses). Tests of the cache
# itself use their own directory.
config.environment["PYXC_CACHE_DIR"] = os.path.join(config.pyxc_obj_root, "test", "pyxc-cache")
# Most tests build with the default flags, whose precompiled runtime comes with the build; one
# for other flags would be built in the background by every test with a cache of its own, for
# nobody: tests of precompiled runtimes ask for them (--pch-wait, PYXC_PCH_BUILD=background).
config.environment["PYXC_PCH_BUILD"] = "never"

# Tests that need an optional tool say so: `REQUIRES: gdb`.
for tool in ("gdb", "strace"):
    if shutil.which(tool):
        config.available_features.add(tool)
# The second C++ backend, and the linker pyxc prefers.
if shutil.which("clang++-14"):
    config.available_features.add("clang")
if shutil.which("ld.lld"):
    config.available_features.add("lld")
# The in-process Clang backend (pyxc's default when its plugin was built).
if os.path.exists(os.path.join(config.pyxc_obj_root, "lib", "libpyxc_clang.so")):
    config.available_features.add("clang-plugin")
    # ... which links lld in when CMake found Debian's liblld-14-dev.
    if os.path.exists("/usr/lib/llvm-14/lib/liblldELF.a"):
        config.available_features.add("lld-in-process")

# Longest names first: lit replaces in list order, and %pyxc is a prefix of %pyxc_src_root.
config.substitutions.append(("%pyxc_src_root", config.pyxc_src_root))
config.substitutions.append(("%pyxc_obj_root", config.pyxc_obj_root))
difftest = os.path.join(config.pyxc_src_root, "test", "tools", "difftest.py")
config.substitutions.append(
    ("%difftest", f"{config.python} {difftest} --pyxc {config.pyxc_bin} --python {config.python}"))
config.substitutions.append(("%pyxc", config.pyxc_bin))
config.substitutions.append(("%python", config.python))

# Tests that compile C++ (test/lit/run) join this group: on a small shared machine, two C++
# builds at once only slow each other down. PYXC_LIT_BUILD_JOBS raises the limit.
lit_config.parallelism_groups["pyxc-cxx-build"] = int(os.environ.get("PYXC_LIT_BUILD_JOBS", "1"))
