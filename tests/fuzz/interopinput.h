// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace cutover {

/**
 * Feeds one input to the MS Project XML reader (MspdiReader::parse), checking its contract: a
 * plan, or a one-line error that names the file; every warning one line naming the file. A plan
 * it accepts must write as MSPDI that reads back with the same task ids. Aborts when broken.
 */
void fuzzMspdi(const uint8_t *data, size_t size);

/** The same for the CSV runbook reader (RunbookCsv::parse, delimiter detected). */
void fuzzRunbookCsv(const uint8_t *data, size_t size);

} // namespace cutover
