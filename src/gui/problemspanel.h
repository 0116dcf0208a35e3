// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace cutover {
class Document;
} // namespace cutover

namespace cutover::gui {

/**
 * The Problems panel: the document's `check` findings (its analysis's), errors first, live
 * after every edit. Errors that withhold the verdict are marked as such. Activating a finding
 * that names a runbook task asks for that task to be selected (taskRequested).
 */
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(Document *document, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLabel *summaryLabel() const { return m_summary; }
    /** The title for the dock: "Problems (2 errors, 1 warning)". */
    QString title() const;

signals:
    /** The user picked a finding about this runbook task. */
    void taskRequested(const QString &id);
    void titleChanged(const QString &title);

private:
    void refresh();
    void activated(QTreeWidgetItem *item);

    Document *m_document;
    QLabel *m_summary;
    QTreeWidget *m_list;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace cutover::gui
