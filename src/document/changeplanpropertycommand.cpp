// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeplanpropertycommand.h"

#include "commandids.h"

namespace cutover {

ChangePlanPropertyCommand::ChangePlanPropertyCommand(Document *document, Document::PlanProperty property,
                                                     QVariant value, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_property(property)
    , m_old(document->planProperty(property))
    , m_new(std::move(value))
{
    setText(tr("Change plan %1").arg(propertyTitle(property)));
}

QString ChangePlanPropertyCommand::propertyTitle(Document::PlanProperty property)
{
    using P = Document::PlanProperty;
    switch (property) {
    case P::Name: return tr("name");
    case P::Timezone: return tr("time zone");
    case P::Start: return tr("start");
    case P::WindowStart: return tr("window start");
    case P::WindowEnd: return tr("window end");
    case P::Status: return tr("status");
    case P::Author: return tr("author");
    case P::Description: return tr("description");
    case P::HypercareHours: return tr("hypercare duration");
    case P::HypercareNotes: return tr("hypercare notes");
    }
    return {};
}

void ChangePlanPropertyCommand::redo()
{
    m_document->setPlanProperty(m_property, m_new);
}

void ChangePlanPropertyCommand::undo()
{
    m_document->setPlanProperty(m_property, m_old);
}

int ChangePlanPropertyCommand::id() const
{
    return ChangePlanPropertyId;
}

bool ChangePlanPropertyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangePlanPropertyCommand *>(other);
    if (o->m_property != m_property || o->m_document != m_document)
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace cutover
