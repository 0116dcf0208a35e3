// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mspdi.h"
#include "mspdicalendar.h"
#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

/* The MSPDI elements MspdiReader understands, as the file states them (before they are mapped
   to a plan), and the XML reading that fills them. Internal to the interchange library. */
namespace cutover::mspdi {

/** Whether a DurationFormat/LagFormat counts elapsed time (else working time). */
bool isElapsed(int format);
bool isPercent(int format);
bool validFormat(int format);
/** Minutes of an ISO 8601 duration "PT8H0M0S", "P2DT4H", "-PT30M"; nullopt when it is not one. */
std::optional<double> parseIsoDuration(QStringView text);

struct Where
{
    qint64 line = 0;
    qint64 column = 0;
};

struct RawLink
{
    qint64 predecessor = -1;
    bool hasPredecessor = false; ///< a PredecessorUID was given
    int type = mspdi::FinishStart;
    bool crossProject = false;
    double lagTenths = 0;
    int lagFormat = mspdi::Days;
    Where where;
};

struct RawDuration
{
    std::optional<double> minutes; ///< as written (working or elapsed, see format)
    int format = mspdi::Days;
    Where where;
};

struct RawTask
{
    Where where;
    qint64 uid = -1;
    bool hasUid = false; ///< false: the file gave none, `uid` is a synthetic one (unique in the file)
    Where uidWhere;
    QString name, wbs, notes;
    int outlineLevel = 1;
    bool summary = false, milestone = false, isNull = false, external = false;
    QDateTime start, finish, constraintDate;
    int constraintType = mspdi::AsSoonAsPossible;
    int calendarUid = -1;
    RawDuration duration;
    bool hasDeadline = false, hasProgress = false;
    QList<RawLink> links;
    QHash<int, QString> custom;        ///< FieldID -> Value
    QHash<int, int> customFormat;      ///< FieldID -> DurationFormat of a duration value
    QHash<int, Where> customWhere;
};

/** What one MSPDI file holds of the elements the reader maps. */
struct Document
{
    QString name, title, author;
    QDateTime startDate;
    int calendarUid = -1;
    QHash<QString, int> aliasField; ///< our alias -> the FieldID the file uses for it
    QHash<int, QString> fieldAlias; ///< every FieldID the file defines -> its alias
    MspdiCalendars calendars;
    bool hasCalendars = false;
    QList<RawTask> tasks;
    QHash<qint64, QString> resources;
    QList<std::pair<qint64, qint64>> assignments; ///< task UID, resource UID
};

/** Reads the XML; errors are one line with file:line:column (1-based) and what was expected. */
Result<Document> parseDocument(const QByteArray &xml, const QString &file);

} // namespace cutover::mspdi
