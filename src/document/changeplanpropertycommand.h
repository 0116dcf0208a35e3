// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace cutover {

/** Sets one plan property (name, time zone, start, window, ...); consecutive edits merge. */
class ChangePlanPropertyCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangePlanPropertyCommand)
public:
    ChangePlanPropertyCommand(Document *document, Document::PlanProperty property, QVariant value,
                              QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    /** Translated name of a property, e.g. "window end". */
    static QString propertyTitle(Document::PlanProperty property);

private:
    Document *m_document;
    Document::PlanProperty m_property;
    QVariant m_old;
    QVariant m_new;
};

} // namespace cutover
