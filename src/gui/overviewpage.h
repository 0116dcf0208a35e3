// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cutover::gui {

class MessageBanner;

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

    /** The figure label for a key ("finish", "downtime", "fits", "deadline", "margin", ...), for tests. */
    QLabel *figure(const QString &key) const;
    QLineEdit *nameEdit() const { return m_name; }

signals:
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadProperties();
    void updateFigures();
    void commitText(Document::PlanProperty property, QLineEdit *edit);
    void commitTime(Document::PlanProperty property, QLineEdit *edit);
    QLabel *addFigure(QFormLayout *form, const QString &key, const QString &title, const QString &tip = {});

    Document *m_document;
    QLineEdit *m_name;
    QComboBox *m_timezone;
    QLineEdit *m_start;
    QLineEdit *m_windowStart;
    QLineEdit *m_windowEnd;
    QComboBox *m_status;
    QLineEdit *m_author;
    QPlainTextEdit *m_description;
    MessageBanner *m_banner;
    QMap<QString, QLabel *> m_figures;
    bool m_loading = false;
    bool m_stale = true;
};

} // namespace cutover::gui
