// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

namespace cutover {

/**
 * Feeds one input to the importers as format `format` (empty = detect by content), checking
 * the contract every importer keeps: a result, or a one-line error that names the file. Aborts
 * when the contract is broken, so both libFuzzer and the smoke test see it.
 */
void fuzzOneInput(const uint8_t *data, size_t size, const QString &format);

} // namespace cutover
