// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace cutover::gui {

/**
 * Edits cells as text, offering a drop-down of choices for the columns that have them
 * (enum spellings, phase ids, gate ids). The drop-down stays editable so a typed value is
 * still checked by the model, which refuses it with a reason.
 */
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using ChoiceFunction = std::function<QStringList(int column)>;

    explicit ChoiceDelegate(ChoiceFunction choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    ChoiceFunction m_choices;
};

} // namespace cutover::gui
