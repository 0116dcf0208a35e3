// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sectiontablemodel.h"

#include <QCoreApplication>

namespace cutover {

/** The table layouts of the plan's sections, for SectionTableModel. */
class SectionAdapters
{
    Q_DECLARE_TR_FUNCTIONS(SectionAdapters)
public:
    static std::unique_ptr<SectionAdapter> phases();
    static std::unique_ptr<SectionAdapter> rollbackTasks();
    static std::unique_ptr<SectionAdapter> criteria();
    static std::unique_ptr<SectionAdapter> decisions();
    static std::unique_ptr<SectionAdapter> readiness();
    static std::unique_ptr<SectionAdapter> slas();
    static std::unique_ptr<SectionAdapter> contacts();
};

} // namespace cutover
