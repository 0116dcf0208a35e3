// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the plan JSON reader (PlanJson::parse).
#include "planinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cutover::fuzzPlanJson(data, size);
    return 0;
}
