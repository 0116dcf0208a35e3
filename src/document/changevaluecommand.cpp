// SPDX-License-Identifier: GPL-3.0-or-later
#include "changevaluecommand.h"

#include "taskfieldtext.h"

#include <QCoreApplication>

namespace cutover {

// The translation contexts are those of the commands this one replaced, so existing
// translations still apply.

QString TaskFieldKey::text(const Document &document) const
{
    return QCoreApplication::translate("ChangeTaskFieldCommand", "Change %1 of \"%2\"")
        .arg(TaskFieldText::title(field).toLower(), document.plan().tasks.at(row).id);
}

QString PlanPropertyKey::text(const Document &) const
{
    return QCoreApplication::translate("ChangePlanPropertyCommand", "Change plan %1").arg(title(property));
}

QString PlanPropertyKey::title(Document::PlanProperty property)
{
    using P = Document::PlanProperty;
    switch (property) {
    case P::Name: return QCoreApplication::translate("ChangePlanPropertyCommand", "name");
    case P::Timezone: return QCoreApplication::translate("ChangePlanPropertyCommand", "time zone");
    case P::Start: return QCoreApplication::translate("ChangePlanPropertyCommand", "start");
    case P::WindowStart: return QCoreApplication::translate("ChangePlanPropertyCommand", "window start");
    case P::WindowEnd: return QCoreApplication::translate("ChangePlanPropertyCommand", "window end");
    case P::Status: return QCoreApplication::translate("ChangePlanPropertyCommand", "status");
    case P::Author: return QCoreApplication::translate("ChangePlanPropertyCommand", "author");
    case P::Description: return QCoreApplication::translate("ChangePlanPropertyCommand", "description");
    case P::HypercareHours: return QCoreApplication::translate("ChangePlanPropertyCommand", "hypercare duration");
    case P::HypercareNotes: return QCoreApplication::translate("ChangePlanPropertyCommand", "hypercare notes");
    }
    return {};
}

} // namespace cutover
