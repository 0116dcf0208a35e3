// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cutover {

/** QUndoCommand::id() values of the commands that merge consecutive edits. */
enum CommandId : int {
    ChangeTaskFieldId = 1,
    ChangePlanPropertyId = 2,
    ChangeSectionId = 3,
};

} // namespace cutover
