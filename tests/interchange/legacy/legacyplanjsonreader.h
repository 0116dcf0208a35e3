// SPDX-License-Identifier: GPL-3.0-or-later
// Test only.
#pragma once

#include "model/planvalidation.h"

#include "interchange/planjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <QVarLengthArray>

#include <initializer_list>
#include <optional>
#include <utility>

namespace cutover::legacy {

/**
 * The known fields of one JSON object, collected in a single pass over it (QJsonObject::value()
 * scans the keys on every call, which dominates loading large plans).
 */
class JsonFields
{
public:
    /** Keys not in `known` are appended to `unknown`. `known` must be string literals. */
    JsonFields(const QJsonObject &object, std::initializer_list<const char *> known, QStringList *unknown);
    /** The value of `key`, undefined when absent. */
    QJsonValue value(const char *key) const;

private:
    QVarLengthArray<std::pair<const char *, QJsonValue>, 16> m_fields;
};

/**
 * The test's reference: the plan JSON reader as it was before JsonTape (commit e59d274),
 * QJsonDocument-based, kept verbatim apart from its namespace and legacyParse() below, so that
 * test_planjsondifferential can compare the new reader with it on the same text.
 *
 * Reads the JSON form of a plan into the model. Keeps the first error (with its JSON path) and
 * collects warnings; used by PlanJson::parse().
 */
class PlanJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(PlanJson)
public:
    PlanJsonReader(QString fileName, PlanJson::Checks checks);

    Result<JsonPlan> read(const QJsonObject &root);

private:
    using Keys = std::initializer_list<const char *>;

    void fail(const QString &path, const QString &message);
    void warn(const QString &path, const QString &message);
    bool failed() const { return m_error.has_value(); }
    /** The fields of `object`, warning about unknown keys under `path`. */
    JsonFields fields(const QJsonObject &object, const QString &path, Keys known);

    static QString join(const QString &path, const char *key);
    static QString at(const QString &path, qsizetype index);
    static QString describe(const QJsonValue &value);

    /** Which values beyond the finite numbers a field takes (docs/plan-format-extensions.md). */
    enum class NonFinite { Rejected, Infinities, Any };
    /**
     * The number `value` stands for: a JSON number, or one of the strings of the format's
     * extension ("Infinity", "-Infinity", "NaN", and "-0", which the parser substitutes for a
     * negative zero token because QJsonDocument reads -0 as the integer 0).
     */
    static std::optional<double> numberValue(const QJsonValue &value);

    QString string(const JsonFields &o, const QString &path, const char *key, bool required = false);
    double number(const JsonFields &o, const QString &path, const char *key, const QString &expected,
                  double fallback, bool required = false, bool nonNegative = false,
                  NonFinite nonFinite = NonFinite::Rejected);
    std::optional<double> optionalNumber(const JsonFields &o, const QString &path, const char *key,
                                         const QString &expected, bool nonNegative,
                                         NonFinite nonFinite = NonFinite::Rejected);
    QDateTime time(const JsonFields &o, const QString &path, const char *key, bool required = false);
    template<typename E>
    E enumValue(const JsonFields &o, const QString &path, const char *key, E fallback);
    /** The array under `key` (empty when absent); an error when it is something else. */
    QJsonArray array(const JsonFields &o, const QString &path, const char *key);
    /** Element `value` must be an object; an error naming `path` otherwise. */
    std::optional<QJsonObject> object(const QJsonValue &value, const QString &path);

    void readHeader(const JsonFields &root, Plan &plan);
    void readPhases(const JsonFields &root, Plan &plan);
    QList<Task> readTasks(const QJsonArray &array, const QString &path);
    Task readTask(const QJsonObject &object, const QString &path);
    Estimate readEstimate(const JsonFields &task, const QString &path, TaskKind kind);
    QList<Dependency> readDependencies(const JsonFields &task, const QString &path);
    Marks readMarks(const JsonFields &task, const QString &path);
    void readCriteria(const JsonFields &root, Plan &plan);
    void readDecisions(const JsonFields &root, Plan &plan);
    void readReadiness(const JsonFields &root, Plan &plan);
    void readHypercare(const JsonFields &root, Plan &plan);
    void readSeries(const JsonFields &root, Plan &plan);
    void readValidation(const JsonFields &root, Plan &plan);

    /** Fails with the first error of PlanValidator, at the JSON path of its location. */
    void failOnPlanIssues(const Plan &plan);
    /** "tasks[3].after[0].task" for a PlanIssue location; empty for the plan as a whole. */
    static QString pathOf(const PlanIssue::Location &location);

    QString m_fileName;
    PlanJson::Checks m_checks;
    std::optional<Error> m_error;
    QStringList m_warnings;
};

} // namespace cutover::legacy

namespace cutover::legacy {
/** PlanJson::parse() as it was: negative zeros marked, QJsonDocument, then the reader above. */
Result<JsonPlan> legacyParse(const QByteArray &json, const QString &fileName, PlanJson::Checks checks = PlanJson::Checks::Full);
/** Whether legacyParse() rewrites a negative-zero token of `json` before parsing. */
bool rewritesNegativeZeros(const QByteArray &json);
} // namespace cutover::legacy
