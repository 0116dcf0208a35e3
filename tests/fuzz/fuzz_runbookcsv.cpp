// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the CSV runbook reader (RunbookCsv::parse).
#include "interopinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cutover::fuzzRunbookCsv(data, size);
    return 0;
}
