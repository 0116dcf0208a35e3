// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "commandfunctions.h"

#include <QtGlobal>

namespace cutover::cli {

const QList<CommandInfo> &commands()
{
    static const QList<CommandInfo> table = {
    };
    return table;
}

} // namespace cutover::cli
