// SPDX-License-Identifier: GPL-3.0-or-later
// The libFuzzer entry point, compiled once per target with QUORUM_FUZZ_TARGET set to a
// Quorum::Fuzz::Target member (see CMakeLists.txt). An exception other than ImportError
// escapes to std::terminate, which libFuzzer reports as a crash with the input saved.
#include "fuzzharness.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    Quorum::Fuzz::runInput(Quorum::Fuzz::Target::QUORUM_FUZZ_TARGET, bytes);
    return 0;
}
