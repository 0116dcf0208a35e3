// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cutover::cli {

class Console;

// One function per subcommand, each in its own cmd_<name>.cpp.

} // namespace cutover::cli
