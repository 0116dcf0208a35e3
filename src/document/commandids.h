// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cutover {

/**
 * QUndoCommand::id() values of the commands that merge consecutive edits: one per merge-key
 * type of ChangeValueCommand (changevaluecommand.h). Whether two commands with the same id
 * merge is decided by comparing their typed keys, never by packing a key into this number.
 */
enum CommandId : int {
    ChangeTaskFieldId = 1,
    ChangePlanPropertyId = 2,
    ChangeSectionId = 3,
};

} // namespace cutover
