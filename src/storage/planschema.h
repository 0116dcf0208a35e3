// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QList>

namespace cutover {

class SqliteConnection;

/** One schema upgrade: the statements that turn a file of `fromVersion` into `fromVersion + 1`. */
struct SchemaMigration
{
    int fromVersion = 0;
    QList<QLatin1StringView> statements;
};

/**
 * The relational schema of the .cutover file and its migration steps, keyed by
 * `PRAGMA user_version`. A new file is made by running every step from version 0, so the
 * steps that upgrade old files are the same ones every save exercises.
 */
class PlanSchema
{
    Q_DECLARE_TR_FUNCTIONS(PlanSchema)
public:
    /** `PRAGMA application_id` of a .cutover file: "CUTP" in ASCII. */
    static constexpr quint32 applicationId = 0x43555450;
    /** The schema version this build writes (and the newest it reads). */
    static constexpr int currentVersion = 2;

    /** Every step, ordered by fromVersion: step i upgrades version i to i + 1. */
    static const QList<SchemaMigration> &migrations();

    /**
     * Runs the steps from `fromVersion` up to currentVersion and sets user_version, inside the
     * caller's transaction.
     */
    static Status migrate(SqliteConnection &connection, int fromVersion);
};

} // namespace cutover
