// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <optional>

namespace cutover {

/**
 * Plans and exports are read only from regular files. This looks at `path` with stat() (which,
 * unlike open(), never blocks on a FIFO without a writer) and returns an error naming the path as
 * given when it is a FIFO, a device, a socket or a /proc or /sys pseudo-file (whose stat size
 * says nothing about what a read returns). A missing path or a folder gives nullopt: callers
 * word those themselves.
 */
std::optional<Error> notRegularFileError(const QString &path);

} // namespace cutover
