#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdint>

namespace dkg {

// AskHugePages(data, bytes): asks the kernel to back the untouched part of a large array (a
// reserved vector about to be filled) with 2 MB pages where it can (transparent huge pages in
// "madvise" mode). Filling tens of megabytes of fresh memory otherwise costs a page fault per
// 4 KB: 17,000 for the 1M-node store's graph index, a fifth of a busy country's timeline. Only
// whole 2 MB pages inside the array are advised, and only for arrays of 8 MB or more. A hint:
// nothing changes where it is not honoured, and the array's contents are never touched.
inline void AskHugePages([[maybe_unused]] const void* data, [[maybe_unused]] size_t bytes) {
#if defined(MADV_HUGEPAGE)
  constexpr uintptr_t kHuge = uintptr_t{1} << 21;
  if (bytes < 4 * kHuge) return;
  const uintptr_t begin = (reinterpret_cast<uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
  const uintptr_t end = (reinterpret_cast<uintptr_t>(data) + bytes) & ~(kHuge - 1);
  if (end > begin) (void)madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#endif
}

}  // namespace dkg
