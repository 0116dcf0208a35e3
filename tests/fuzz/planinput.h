// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace cutover {

/**
 * Feeds one input to the plan JSON reader (PlanJson::parse, both check levels), checking its
 * contract: a plan, or a one-line error that names the file. A plan it accepts must serialise
 * to JSON that reads back and serialises to the same bytes. Aborts when the contract is broken.
 */
void fuzzPlanJson(const uint8_t *data, size_t size);

/**
 * Writes one input to a temporary file and reads it with PlanFile::read, checking its
 * contract: a plan, or a one-line error that names the path; the file is never modified.
 * Aborts when the contract is broken.
 */
void fuzzPlanFile(const uint8_t *data, size_t size);

} // namespace cutover
