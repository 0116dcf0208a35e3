// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace cutover {

class Document;

/** A plan left behind by a session that ended without saving (a crash, a kill -9). */
struct RecoveryFile
{
    QString path;          ///< the recovery file (JSON)
    QString originalPath;  ///< the plan file it belongs to; empty for an unsaved new plan
    QDateTime savedAt;
    qint64 pid = 0;        ///< the process that wrote it
};

/**
 * Writes unsaved edits to a recovery file (the JSON interchange form, written atomically)
 * a short while after each change, and removes it when the plan is saved, reverted or
 * closed. Each running instance writes its own file in `directory`, named after its process
 * id, with a small side file naming the original plan. On start, recoverable() lists the
 * files whose process is gone.
 */
class Autosaver : public QObject
{
    Q_OBJECT
public:
    Autosaver(Document *document, QString directory, QObject *parent = nullptr);
    ~Autosaver() override;

    /** Delay after the last change before writing; 0 writes at the next event loop turn. */
    void setDelay(int milliseconds);
    QString recoveryPath() const;
    /** Writes now if there are unsaved changes, else removes the recovery file. */
    Status flush();
    /** Removes this instance's recovery file (after save, revert or a clean close). */
    void discard();

    /** Recovery files in `directory` left by processes that no longer run. */
    static QList<RecoveryFile> recoverable(const QString &directory);
    /** Deletes a recovery file and its side file. */
    static void remove(const RecoveryFile &file);
    /** The default directory: the user's application data location + "/recovery". */
    static QString defaultDirectory();

signals:
    void written(const QString &path);
    void failed(const QString &reason);

private:
    void onChanged();

    Document *m_document;
    QString m_directory;
    QTimer m_timer;
};

} // namespace cutover
