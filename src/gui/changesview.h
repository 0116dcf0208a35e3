// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace cutover {
class Document;
struct PlanDiff;
}

namespace cutover::gui {

/**
 * What changed since a baseline (docs/review.md): the figures then and now, then the runbook
 * tasks added, removed and changed field by field with their downtime effect, biggest first,
 * then rollback steps and criteria. The differences come from PlanDiff, the figures of now
 * from the document's PlanAnalysis. Follows the document's edits.
 */
class ChangesView : public QWidget
{
    Q_OBJECT
public:
    explicit ChangesView(Document *document, QWidget *parent = nullptr);
    ~ChangesView() override;

    /** Compares with the baseline of that name (the last one when empty or unknown). */
    void setBaseline(const QString &name);
    QString baseline() const;
    const PlanDiff &diff() const { return *m_diff; }
    QTreeWidget *tree() const { return m_tree; }
    /** Larger type for presenter mode: the font of every item is `points` tall. */
    void setPointSize(int points);

private:
    void refresh();
    void fillBaselines();

    Document *m_document;
    QComboBox *m_baselines;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    std::unique_ptr<PlanDiff> m_diff;
};

} // namespace cutover::gui
