// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point; CUTOVER_FUZZ_FORMAT names the parser (empty: detection by content).
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString format = QStringLiteral(CUTOVER_FUZZ_FORMAT);
    cutover::fuzzOneInput(data, size, format);
    return 0;
}
