// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QTableView;

namespace cutover {
class Document;
class RunbookModel;
} // namespace cutover

namespace cutover::gui {

class MessageBanner;
class SectionTableView;

/**
 * The runbook editor: the task table (inline editing, multi-row selection), its actions
 * (add, duplicate, delete, move up/down, move to phase, copy as TSV, paste from a
 * spreadsheet) and the phase list beside it. Refused edits show their reason under the table.
 */
class RunbookView : public QWidget
{
    Q_OBJECT
public:
    /** The planner's answer when a delete affects tasks that wait on the deleted ones. */
    enum class DeleteChoice { Reconnect, JustDelete, Cancel };
    /**
     * Asks what to do; gets the IDs of the tasks to delete and of the successors waiting on
     * them. The default shows a message box (Reconnect, the default button; Just delete;
     * Cancel); tests set their own.
     */
    using DeleteQuestion = std::function<DeleteChoice(const QStringList &deleted, const QStringList &successors)>;

    explicit RunbookView(Document *document, QWidget *parent = nullptr);

    void setDeleteQuestion(DeleteQuestion question) { m_askDelete = std::move(question); }

    QTableView *table() const { return m_table; }
    RunbookModel *model() const { return m_model; }
    MessageBanner *banner() const { return m_banner; }
    QList<QAction *> editActions() const;

    /** Rows with a selected cell, ascending (the current row when nothing is selected). */
    QList<int> selectedRows() const;
    void selectRows(const QList<int> &rows);

    void copySelection();
    void paste();

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void statusMessage(const QString &text);

private:
    void addTask();
    void duplicateTasks();
    void deleteTasks();
    void moveTasks(int delta);
    void rebuildPhaseMenu();
    void updateActions();
    void updateScheduleNotice();
    void refuse(const QString &reason);
    DeleteChoice askDelete(const QStringList &deleted, const QStringList &successors);

    Document *m_document;
    RunbookModel *m_model;
    QTableView *m_table;
    MessageBanner *m_banner;
    QLabel *m_scheduleNotice;
    QSplitter *m_splitter;
    SectionTableView *m_phases;
    QMenu *m_phaseMenu;
    QAction *m_add;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_moveToPhase;
    QAction *m_copy;
    QAction *m_paste;
    DeleteQuestion m_askDelete;
};

} // namespace cutover::gui
