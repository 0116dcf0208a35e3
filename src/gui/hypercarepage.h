// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QSettings;

namespace cutover {
class Document;
}

namespace cutover::gui {

class MessageBanner;
class SectionTableView;

/** Hypercare after go-live: its length, notes, SLA targets and named contacts. */
class HypercarePage : public QWidget
{
    Q_OBJECT
public:
    explicit HypercarePage(Document *document, QWidget *parent = nullptr);

    QLineEdit *hoursEdit() const { return m_hours; }
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void statusMessage(const QString &text);

private:
    void load();
    void commitHours();

    Document *m_document;
    QLineEdit *m_hours;
    QPlainTextEdit *m_notes;
    MessageBanner *m_banner;
    SectionTableView *m_slas;
    SectionTableView *m_contacts;
    bool m_loading = false;
};

} // namespace cutover::gui
