#!/usr/bin/env bash
# Installs everything pyxc needs on a fresh Debian 12 machine, fetches the pinned
# tree-sitter-python grammar, and builds pyxc into build/. Idempotent: a second run
# only rebuilds what changed.
#
#   tools/setup.sh            install + configure + build
#   PYXC_SKIP_APT=1 tools/setup.sh   skip the package step (no root / already installed)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

# --- Debian packages -------------------------------------------------------------
packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  libtree-sitter-dev libfmt-dev libcli11-dev
  python3 python3-dev python3-numpy python3-psutil
  llvm-14-tools libgtest-dev
  # lld links modules faster than ld.bfd (pyxc uses it when present); clang-14 is the second
  # backend the tests cover; gdb runs the -g test; strace shows the C++ never touches disk.
  lld clang-14 libomp-14-dev gdb strace
  # The default backend: Clang 14 as a library, in the libpyxc_clang.so plugin (headers,
  # libclang-cpp, libLLVM, and the resource directory with stddef.h and omp.h).
  libclang-cpp14-dev libclang-14-dev llvm-14-dev libclang-common-14-dev
  # lld as a library: the plugin links modules in-process too.
  liblld-14-dev
  # The reference we benchmark against; the benchmark skips its column when absent.
  python3-pythran
  # CBLAS for float dot/`@` (runtime/include/pyxc/numpy/blas.hpp); it also becomes the BLAS
  # numpy loads (Debian's alternatives), so a process holds one copy.
  libopenblas-dev
  # examples/pi and test/lit/dist: MPI ranks, a throwaway single-node Slurm, the plot.
  openmpi-bin python3-mpi4py slurmctld slurmd slurm-client munge python3-matplotlib
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ] && [ -z "${PYXC_SKIP_APT:-}" ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- tree-sitter-python grammar (npm tarball, pinned and checksummed) -------------
grammar_version=0.23.6
grammar_sha256=aab5b860d93dbf84b37fed532f7dacc0468ede5387d0c74911d68f964287662a
grammar_dir=$root/third_party/tree-sitter-python
if [ "$(cat "$grammar_dir/.pyxc-version" 2>/dev/null)" != "$grammar_version" ]; then
  echo "setup: fetching tree-sitter-python@$grammar_version from npm"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "tree-sitter-python@$grammar_version" >/dev/null 2>&1)
  tarball=$tmp/tree-sitter-python-$grammar_version.tgz
  echo "$grammar_sha256  $tarball" | sha256sum --check --quiet
  rm -rf "$grammar_dir" && mkdir -p "$grammar_dir"
  tar xzf "$tarball" -C "$grammar_dir" --strip-components=1
  echo "$grammar_version" > "$grammar_dir/.pyxc-version"
  rm -rf "$tmp"
fi

# --- build ------------------------------------------------------------------------
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=Release
fi
cmake --build build -j2
