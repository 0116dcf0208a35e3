// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandids.h"
#include "document.h"

#include <QUndoCommand>

namespace cutover {

/**
 * The keys of ChangeValueCommand: each names one target and one property of it, reads and
 * writes that value through the Document's primitives, and compares equal exactly when two
 * edits change the same thing (so they may merge). `commandId` is the QUndoCommand::id() of
 * the key type.
 */

/** One field of one runbook task (the row is the task's identity while the command lives). */
struct TaskFieldKey
{
    static constexpr CommandId commandId = ChangeTaskFieldId;
    int row = -1;
    Document::TaskField field = Document::TaskField::Name;

    bool operator==(const TaskFieldKey &) const = default;
    QVariant value(const Document &document) const { return document.taskField(row, field); }
    void apply(Document &document, const QVariant &value) const { document.setTaskField(row, field, value); }
    /** Undo text, e.g. "Change likely of "final-sync"". */
    QString text(const Document &document) const;
};

/** One scalar plan property. */
struct PlanPropertyKey
{
    static constexpr CommandId commandId = ChangePlanPropertyId;
    Document::PlanProperty property = Document::PlanProperty::Name;

    bool operator==(const PlanPropertyKey &) const = default;
    QVariant value(const Document &document) const { return document.planProperty(property); }
    void apply(Document &document, const QVariant &value) const { document.setPlanProperty(property, value); }
    /** Undo text, e.g. "Change plan window end". */
    QString text(const Document &document) const;
    /** Translated name of a property, e.g. "window end". */
    static QString title(Document::PlanProperty property);
};

/**
 * One of the plan's smaller lists, replaced as a whole. `row` and `column` name the table
 * cell an edit came from: edits of the same cell merge; -1 (adding or removing rows) marks a
 * whole-list edit, which is pushed with Merge::Never.
 */
struct SectionKey
{
    static constexpr CommandId commandId = ChangeSectionId;
    Document::Section section = Document::Section::Phases;
    int row = -1;
    int column = -1;

    bool operator==(const SectionKey &) const = default;
    QVariant value(const Document &document) const { return document.section(section); }
    void apply(Document &document, const QVariant &value) const { document.setSection(section, value); }
    // No default text: section edits name themselves ("Edit criterion", "Add phase").
};

/** Whether a ChangeValueCommand merges with the next one of an equal key. */
enum class Merge { Consecutive, Never };

/**
 * Changes one value (a task field, a plan property, a section) from its current value to
 * `value`; undo restores the value read at construction. With Merge::Consecutive, a
 * following command with an equal key merges into this one (typing a duration, then
 * correcting it, is one undo step); merging back to the original value makes the step
 * obsolete, so it leaves the stack.
 *
 * Holds a pointer to the Document, which must outlive the command (the Document's undo stack
 * owns it). The values are QVariants in the forms Document::taskFieldValue() describes.
 */
template<typename Key>
class ChangeValueCommand : public QUndoCommand
{
public:
    ChangeValueCommand(Document *document, Key key, QVariant value, QUndoCommand *parent = nullptr)
        : ChangeValueCommand(document, key, std::move(value), key.text(*document), Merge::Consecutive, parent)
    {
    }
    ChangeValueCommand(Document *document, Key key, QVariant value, const QString &text, Merge merge,
                       QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_document(document)
        , m_key(key)
        , m_old(key.value(*document))
        , m_new(std::move(value))
        , m_merge(merge)
    {
    }

    const Key &key() const { return m_key; }
    const QVariant &oldValue() const { return m_old; }
    const QVariant &newValue() const { return m_new; }

    void redo() override { m_key.apply(*m_document, m_new); }
    void undo() override { m_key.apply(*m_document, m_old); }
    int id() const override { return m_merge == Merge::Consecutive ? int(Key::commandId) : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        // QUndoStack asks only for an equal id(), and each key type has its own id.
        const auto *o = static_cast<const ChangeValueCommand *>(other);
        if (o->m_document != m_document || !(o->m_key == m_key))
            return false;
        m_new = o->m_new;
        setObsolete(m_new == m_old);
        return true;
    }

private:
    Document *m_document;
    Key m_key;
    QVariant m_old;
    QVariant m_new;
    Merge m_merge;
};

using ChangeTaskFieldCommand = ChangeValueCommand<TaskFieldKey>;
using ChangePlanPropertyCommand = ChangeValueCommand<PlanPropertyKey>;
using ChangeSectionCommand = ChangeValueCommand<SectionKey>;

} // namespace cutover
