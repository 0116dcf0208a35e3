// SPDX-License-Identifier: GPL-3.0-or-later
#include "choicedelegate.h"

#include <QComboBox>
#include <QLineEdit>

namespace cutover::gui {

ChoiceDelegate::ChoiceDelegate(ChoiceFunction choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList choices = m_choices ? m_choices(index.column()) : QStringList();
    if (choices.isEmpty()) {
        auto *edit = new QLineEdit(parent);
        edit->setFrame(false);
        return edit;
    }
    Q_UNUSED(option);
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->addItems(choices);
    combo->setInsertPolicy(QComboBox::NoInsert);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString text = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentText(text);
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setText(text);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    QString text;
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        text = combo->currentText();
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        text = edit->text();
    if (text == index.data(Qt::EditRole).toString())
        return;
    model->setData(index, text, Qt::EditRole);
}

} // namespace cutover::gui
