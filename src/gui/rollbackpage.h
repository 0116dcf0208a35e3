// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QSettings;
class QSplitter;

namespace cutover {
class Document;
}

namespace cutover::gui {

class SectionTableView;

/** The rollback plan (its steps and their duration, the deadline) and the rollback criteria. */
class RollbackPage : public QWidget
{
    Q_OBJECT
public:
    explicit RollbackPage(Document *document, QWidget *parent = nullptr);
    /** The line under the steps with the rollback duration, deadline and margin (the analysis's figures). */
    QLabel *summaryLabel() const { return m_summary; }

    SectionTableView *steps() const { return m_steps; }
    SectionTableView *criteria() const { return m_criteria; }
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void statusMessage(const QString &text);

private:
    void updateSummary();

    Document *m_document;
    QLabel *m_summary;
    QSplitter *m_splitter;
    SectionTableView *m_steps;
    SectionTableView *m_criteria;
};

} // namespace cutover::gui
