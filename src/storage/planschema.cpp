// SPDX-License-Identifier: GPL-3.0-or-later
#include "planschema.h"

#include "sqliteconnection.h"

namespace cutover {

using namespace Qt::StringLiterals;

namespace {

// Version 0 -> 1: the first schema. Text columns may hold NULL for an empty string; REAL
// columns hold NULL for an unset optional (or a NaN, which SQLite cannot store).
const QList<QLatin1StringView> kSchemaV1{
    R"(CREATE TABLE plan (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        name TEXT, timezone TEXT, start TEXT, window_start TEXT, window_end TEXT,
        status TEXT NOT NULL, author TEXT, description TEXT,
        hypercare_hours REAL, hypercare_notes TEXT))"_L1,
    R"(CREATE TABLE phases (
        ordinal INTEGER PRIMARY KEY, id TEXT, name TEXT, description TEXT))"_L1,
    R"(CREATE TABLE tasks (
        task_key INTEGER PRIMARY KEY,
        list TEXT NOT NULL CHECK (list IN ('runbook', 'rollback')),
        ordinal INTEGER NOT NULL,
        id TEXT, name TEXT, phase TEXT, owner TEXT, kind TEXT NOT NULL,
        optimistic REAL, likely REAL, pessimistic REAL, distribution TEXT NOT NULL,
        not_before TEXT, marks INTEGER NOT NULL, notes TEXT, status TEXT NOT NULL,
        actual_start TEXT, actual_finish TEXT,
        UNIQUE (list, ordinal)))"_L1,
    "CREATE INDEX tasks_by_id ON tasks (id)"_L1,
    R"(CREATE TABLE dependencies (
        task_key INTEGER NOT NULL REFERENCES tasks (task_key) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL, predecessor TEXT, type TEXT NOT NULL, lag REAL,
        PRIMARY KEY (task_key, ordinal)) WITHOUT ROWID)"_L1,
    "CREATE INDEX dependencies_by_predecessor ON dependencies (predecessor)"_L1,
    R"(CREATE TABLE criteria (
        ordinal INTEGER PRIMARY KEY, id TEXT, name TEXT, kind TEXT NOT NULL, metric TEXT,
        op TEXT NOT NULL, threshold REAL, for_seconds REAL, action TEXT NOT NULL,
        answer TEXT NOT NULL, notes TEXT))"_L1,
    R"(CREATE TABLE gate_decisions (
        ordinal INTEGER PRIMARY KEY, gate TEXT, outcome TEXT NOT NULL, decided_by TEXT,
        decided_at TEXT, rationale TEXT))"_L1,
    R"(CREATE TABLE readiness_items (
        ordinal INTEGER PRIMARY KEY, id TEXT, item_text TEXT, owner TEXT,
        status TEXT NOT NULL, evidence TEXT))"_L1,
    R"(CREATE TABLE sla_targets (
        ordinal INTEGER PRIMARY KEY, severity TEXT, response_minutes REAL, resolve_minutes REAL))"_L1,
    R"(CREATE TABLE contacts (
        ordinal INTEGER PRIMARY KEY, name TEXT, role TEXT, reach TEXT))"_L1,
    R"(CREATE TABLE series (
        series_key INTEGER PRIMARY KEY, ordinal INTEGER NOT NULL UNIQUE,
        id TEXT, name TEXT, metric TEXT, unit TEXT, source_file TEXT, source_format TEXT,
        source_checksum TEXT, imported_at TEXT, point_count INTEGER NOT NULL))"_L1,
    "CREATE INDEX series_by_source ON series (source_checksum, metric, name)"_L1,
    "CREATE INDEX series_by_metric ON series (metric)"_L1,
    R"(CREATE TABLE series_labels (
        series_key INTEGER NOT NULL REFERENCES series (series_key) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL, key TEXT, value TEXT,
        PRIMARY KEY (series_key, ordinal)) WITHOUT ROWID)"_L1,
    R"(CREATE TABLE series_chunks (
        series_key INTEGER NOT NULL REFERENCES series (series_key) ON DELETE CASCADE,
        chunk INTEGER NOT NULL, point_count INTEGER NOT NULL,
        first_time INTEGER, last_time INTEGER, hash INTEGER NOT NULL,
        times BLOB NOT NULL, value_data BLOB NOT NULL,
        PRIMARY KEY (series_key, chunk)))"_L1,
    R"(CREATE TABLE validation_results (
        ordinal INTEGER PRIMARY KEY, object TEXT, check_name TEXT, source_value TEXT,
        target_value TEXT, difference REAL, status TEXT NOT NULL, tool TEXT, run_at TEXT,
        source_file TEXT, source_checksum TEXT))"_L1,
    "CREATE INDEX validation_by_source ON validation_results (source_checksum, object, check_name)"_L1,
};

// Version 1 -> 2: baselines (snapshots of runbook, rollback plan and criteria with their
// figures) and the approval of the plan (docs/review.md). Baseline tasks keep no run state.
const QList<QLatin1StringView> kBaselinesV2{
    "ALTER TABLE plan ADD COLUMN approved_by TEXT"_L1,
    "ALTER TABLE plan ADD COLUMN approved_at TEXT"_L1,
    "ALTER TABLE plan ADD COLUMN approved_baseline TEXT"_L1,
    "ALTER TABLE gate_decisions ADD COLUMN downtime_p80 REAL"_L1,
    "ALTER TABLE gate_decisions ADD COLUMN probability_within_window REAL"_L1,
    "ALTER TABLE gate_decisions ADD COLUMN deadline_p80 TEXT"_L1,
    "ALTER TABLE gate_decisions ADD COLUMN margin_p80 REAL"_L1,
    R"(CREATE TABLE baselines (
        ordinal INTEGER PRIMARY KEY, name TEXT, taken_at TEXT, taken_by TEXT, note TEXT,
        finish TEXT, downtime REAL, duration_p50 REAL, duration_p80 REAL, duration_p95 REAL,
        downtime_p50 REAL, downtime_p80 REAL, downtime_p95 REAL, probability_within_window REAL,
        rollback_deadline_p80 TEXT, seed TEXT, iterations INTEGER NOT NULL))"_L1,
    R"(CREATE TABLE baseline_tasks (
        task_key INTEGER PRIMARY KEY,
        baseline INTEGER NOT NULL REFERENCES baselines (ordinal) ON DELETE CASCADE,
        list TEXT NOT NULL CHECK (list IN ('runbook', 'rollback')),
        ordinal INTEGER NOT NULL,
        id TEXT, name TEXT, phase TEXT, owner TEXT, kind TEXT NOT NULL,
        optimistic REAL, likely REAL, pessimistic REAL, distribution TEXT NOT NULL,
        not_before TEXT, marks INTEGER NOT NULL, notes TEXT,
        UNIQUE (baseline, list, ordinal)))"_L1,
    R"(CREATE TABLE baseline_dependencies (
        task_key INTEGER NOT NULL REFERENCES baseline_tasks (task_key) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL, predecessor TEXT, type TEXT NOT NULL, lag REAL,
        PRIMARY KEY (task_key, ordinal)) WITHOUT ROWID)"_L1,
    R"(CREATE TABLE baseline_criteria (
        baseline INTEGER NOT NULL REFERENCES baselines (ordinal) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL, id TEXT, name TEXT, kind TEXT NOT NULL, metric TEXT,
        op TEXT NOT NULL, threshold REAL, for_seconds REAL, action TEXT NOT NULL,
        answer TEXT NOT NULL, notes TEXT,
        PRIMARY KEY (baseline, ordinal)) WITHOUT ROWID)"_L1,
};

} // namespace

const QList<SchemaMigration> &PlanSchema::migrations()
{
    // Other branches append steps too: the order here is the order files are upgraded in.
    static const QList<SchemaMigration> steps{
        SchemaMigration{0, kSchemaV1},
        SchemaMigration{1, kBaselinesV2},
    };
    return steps;
}

Status PlanSchema::migrate(SqliteConnection &connection, int fromVersion)
{
    const QList<SchemaMigration> &steps = migrations();
    for (int version = fromVersion; version < currentVersion; ++version) {
        if (version < 0 || version >= steps.size() || steps.at(version).fromVersion != version)
            return Error(tr("no upgrade from schema %1").arg(version));
        for (const QLatin1StringView statement : steps.at(version).statements) {
            const Status done = connection.exec(QString(statement));
            if (!done)
                return Error(tr("upgrading schema %1 to %2 failed: %3")
                                 .arg(version).arg(version + 1).arg(done.error().message));
        }
    }
    return connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(currentVersion));
}

} // namespace cutover
