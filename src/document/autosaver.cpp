// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosaver.h"

#include "document.h"
#include "interchange/planjson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <csignal>
#include <cerrno>
#include <sys/types.h>

namespace cutover {

namespace {

QString metaPathFor(const QString &recoveryPath)
{
    return recoveryPath + QStringLiteral(".meta");
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    // Signal 0 checks existence only; EPERM means it exists but belongs to someone else.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

Autosaver::Autosaver(Document *document, QString directory, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_directory(std::move(directory))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const Status status = flush();
        if (!status)
            emit failed(status.errorString());
    });
    connect(document, &Document::changed, this, &Autosaver::onChanged);
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        // changed() comes before the undo stack moves its index, so the first edit after a
        // save is only seen as unsaved here.
        if (modified) {
            m_timer.start();
        } else {
            m_timer.stop();
            discard();
        }
    });
}

Autosaver::~Autosaver() = default;

void Autosaver::setDelay(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

QString Autosaver::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

QString Autosaver::recoveryPath() const
{
    return QDir(m_directory).filePath(QStringLiteral("recovery-%1.json").arg(QCoreApplication::applicationPid()));
}

void Autosaver::onChanged()
{
    if (m_document->isModified())
        m_timer.start();
}

Status Autosaver::flush()
{
    if (!m_document->isModified()) {
        discard();
        return Ok{};
    }
    if (!QDir().mkpath(m_directory))
        return Error{tr("cannot create the recovery folder"), m_directory};
    const QString path = recoveryPath();
    // The side file first: a recovery file is never without the name of its plan.
    QSaveFile meta(metaPathFor(path));
    if (!meta.open(QIODevice::WriteOnly))
        return Error{tr("cannot write: %1").arg(meta.errorString()), meta.fileName()};
    const QJsonObject info{{QStringLiteral("original"), m_document->filePath()},
                           {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                           {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    meta.write(QJsonDocument(info).toJson());
    if (!meta.commit())
        return Error{tr("cannot write: %1").arg(meta.errorString()), meta.fileName()};
    const Status status = PlanJson::writeFile(m_document->plan(), path);
    if (status)
        emit written(path);
    return status;
}

void Autosaver::discard()
{
    const QString path = recoveryPath();
    QFile::remove(path);
    QFile::remove(metaPathFor(path));
}

QList<RecoveryFile> Autosaver::recoverable(const QString &directory)
{
    QList<RecoveryFile> out;
    const QDir dir(directory);
    const auto files = dir.entryInfoList({QStringLiteral("recovery-*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : files) {
        RecoveryFile file;
        file.path = info.absoluteFilePath();
        file.savedAt = info.lastModified();
        QFile meta(metaPathFor(file.path));
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
            file.originalPath = o.value(QStringLiteral("original")).toString();
            file.pid = o.value(QStringLiteral("pid")).toInteger();
        }
        if (file.pid == QCoreApplication::applicationPid() || processAlive(file.pid))
            continue;
        out.append(file);
    }
    return out;
}

void Autosaver::remove(const RecoveryFile &file)
{
    QFile::remove(file.path);
    QFile::remove(metaPathFor(file.path));
}

} // namespace cutover
