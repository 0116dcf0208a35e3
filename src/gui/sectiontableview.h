// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QTableView;
class QSettings;

namespace cutover {
class Document;
class SectionAdapter;
class SectionTableModel;
} // namespace cutover

namespace cutover::gui {

class MessageBanner;

/** A titled, editable table over one plan section, with Add and Delete buttons. */
class SectionTableView : public QWidget
{
    Q_OBJECT
public:
    SectionTableView(const QString &title, Document *document, std::unique_ptr<SectionAdapter> adapter,
                     QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    SectionTableModel *model() const { return m_model; }

    void saveSettings(QSettings &settings, const QString &key) const;
    void restoreSettings(const QSettings &settings, const QString &key);

signals:
    void statusMessage(const QString &text);

private:
    void addRow();
    void removeSelected();
    void fitColumns();

    Document *m_document;
    SectionTableModel *m_model;
    QTableView *m_table;
    MessageBanner *m_banner;
    bool m_restored = false;
};

} // namespace cutover::gui
