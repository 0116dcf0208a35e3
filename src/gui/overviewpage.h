// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;

namespace cutover::gui {

namespace Ui {
class OverviewPage;
}

/**
 * The plan at a glance: its properties (editable: name, time zone, start, window, status,
 * author, description) and the figures planners quote (planned start and finish, downtime,
 * whether it fits the window, rollback deadline and margin, counts, criteria), live.
 */
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(Document *document, QWidget *parent = nullptr);
    ~OverviewPage() override;

    /** The figure label for a key ("finish", "downtime", "fits", "deadline", "margin", ...), for tests. */
    QLabel *figure(const QString &key) const;
    QLineEdit *nameEdit() const;

signals:
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadProperties();
    void updateFigures();
    void commitText(Document::PlanProperty property, QLineEdit *edit);
    void commitTime(Document::PlanProperty property, QLineEdit *edit);

    Document *m_document;
    std::unique_ptr<Ui::OverviewPage> m_ui; ///< the form: ui/overviewpage.ui
    QMap<QString, QLabel *> m_figures;
    bool m_loading = false;
    bool m_stale = true;
};

} // namespace cutover::gui
