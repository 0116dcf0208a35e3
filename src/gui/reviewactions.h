// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace cutover {
class Document;
}

namespace cutover::gui {

/**
 * The Plan menu of docs/review.md: take a baseline, approve as of one, move the status along
 * the sign-off transitions, and the changes since a baseline. Every change is one
 * ReviewCommand on the document's undo stack. Who: the remembered user (QSettings
 * "review/user", first $USER); when: the injected clock.
 */
class ReviewActions : public QObject
{
    Q_OBJECT
public:
    ReviewActions(QWidget *window, Document *document, QObject *parent = nullptr);

    void populateMenu(QMenu *menu);
    QAction *takeBaselineAction() const { return m_takeBaseline; }
    QAction *approveAction() const { return m_approve; }
    QAction *changesAction() const { return m_changes; }

    using Clock = std::function<QDateTime()>;
    /** Tests pin "now". */
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }
    /** The remembered user name (Preferences-free: the last name typed, else $USER). */
    static QString userName();
    static void rememberUser(const QString &name);

    /** Takes a baseline with the analysis' figures (simulating first when needed); false when refused. */
    bool takeBaseline(const QString &name, const QString &note);
    bool approve(const QString &baseline, const QString &by);

signals:
    void statusMessage(const QString &text);

private:
    void askBaseline();
    void askApproval();
    void showChanges();
    void fillStatusMenu();

    QWidget *m_window;
    Document *m_document;
    QAction *m_takeBaseline = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_changes = nullptr;
    QMenu *m_statusMenu = nullptr;
    Clock m_clock;
};

} // namespace cutover::gui
