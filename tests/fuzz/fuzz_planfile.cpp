// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the .cutover reader (PlanFile::read of a temporary file).
#include "planinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cutover::fuzzPlanFile(data, size);
    return 0;
}
