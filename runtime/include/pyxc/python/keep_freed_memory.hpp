// Keeping freed heap memory in the process for the next call, set once when a module loads.
//
// With glibc's default malloc settings, the vectors a call builds (converted list arguments,
// lists grown by append) are given back to the OS when they are freed: blocks of 128 KiB and
// more are mmap'ed and unmapped, and the top of the heap is trimmed once 2x the largest such
// block is free, which a doubling vector's freed buffers always reach. The next call then
// touches fresh pages again, and every first touch is a page fault (about 0.25 us on bare
// metal, tens of us in some VMs): that made per-item costs grow with n (10^4 and more items).
// The settings below keep up to 128 MiB of freed memory at the top of the heap, and heap-
// allocate blocks up to 32 MiB (glibc's largest allowed threshold), so repeated calls reuse
// memory the process already has. A user's own MALLOC_*_ / GLIBC_TUNABLES settings win.
#pragma once

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pyxc::py {

inline void keep_freed_memory() {
#if defined(__GLIBC__)
  static const bool done = [] {
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    bool user_set = std::getenv("MALLOC_TRIM_THRESHOLD_") || std::getenv("MALLOC_MMAP_THRESHOLD_") ||
                    std::getenv("MALLOC_TOP_PAD_") || (tunables && std::strstr(tunables, "glibc.malloc."));
    if (!user_set) {
      mallopt(M_MMAP_THRESHOLD, 32 << 20);
      mallopt(M_TRIM_THRESHOLD, 128 << 20);
    }
    return true;
  }();
  (void)done;
#endif
}

}  // namespace pyxc::py
