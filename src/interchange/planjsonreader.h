// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/planvalidation.h"

#include "planjson.h"

#include "json/jsontape.h"

#include <QCoreApplication>

#include <QVarLengthArray>

#include <initializer_list>
#include <optional>
#include <string>
#include <utility>

namespace cutover {

using JsonValue = JsonTape::Value;

/**
 * The known fields of one JSON object, collected in a single pass over its members. Of
 * duplicate keys the last one counts, as in a QJsonObject; unknown keys are reported once each,
 * sorted as a QJsonObject iterates them.
 */
class JsonFields
{
public:
    /** Keys not in `known` are appended to `unknown`. `known` must be string literals (ASCII). */
    JsonFields(const JsonValue &object, std::initializer_list<const char *> known, QStringList *unknown);
    /** The value of `key`, undefined when absent. */
    JsonValue value(const char *key) const;

private:
    struct Field
    {
        const char *key;
        size_t length;
        JsonValue value;
    };
    QVarLengthArray<Field, 16> m_fields;
};

/**
 * Where a value is in the document ("tasks[3].after[0]"), as a chain of nodes on the reader's
 * stack: the text is built only when an error or a warning names it. A node must not outlive
 * its parent (name every level: `const JsonPath list(path, "slas"), item(list, i);`).
 */
class JsonPath
{
public:
    JsonPath() = default; ///< the document itself
    explicit JsonPath(const char *key) : m_key(key) {}
    JsonPath(const JsonPath &parent, const char *key) : m_parent(&parent), m_key(key) {}
    JsonPath(const JsonPath &parent, qsizetype index) : m_parent(&parent), m_index(index) {}
    QString toString() const;

private:
    const JsonPath *m_parent = nullptr;
    const char *m_key = nullptr;
    qsizetype m_index = 0;
};

/**
 * Reads the JSON form of a plan into the model. Keeps the first error (with its JSON path) and
 * collects warnings; used by PlanJson::parse().
 */
class PlanJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(PlanJson)
public:
    PlanJsonReader(QString fileName, PlanJson::Checks checks);

    Result<JsonPlan> read(const JsonValue &root);

private:
    using Keys = std::initializer_list<const char *>;

    void fail(const JsonPath &path, const QString &message);
    void warn(const JsonPath &path, const QString &message);
    void failAt(const QString &path, const QString &message);
    void warnAt(const QString &path, const QString &message);
    bool failed() const { return m_error.has_value(); }
    /** The fields of `object`, warning about unknown keys under `path`. */
    JsonFields fields(const JsonValue &object, const JsonPath &path, Keys known);

    static QString at(const QString &path, qsizetype index);
    static QString describe(const JsonValue &value);

    /** Which values beyond the finite numbers a field takes (docs/plan-format-extensions.md). */
    enum class NonFinite { Rejected, Infinities, Any };
    /**
     * The number `value` stands for: a JSON number (a negative-zero token is -0.0), or one of
     * the strings of the format's extension ("Infinity", "-Infinity", "NaN", and "-0").
     */
    static std::optional<double> numberValue(const JsonValue &value);

    QString string(const JsonFields &o, const JsonPath &path, const char *key, bool required = false);
    /** string() for fields with few distinct values (phase, owner): equal texts share one QString. */
    QString sharedString(const JsonFields &o, const JsonPath &path, const char *key);
    double number(const JsonFields &o, const JsonPath &path, const char *key, const char *expected,
                  double fallback, bool required = false, bool nonNegative = false,
                  NonFinite nonFinite = NonFinite::Rejected);
    std::optional<double> optionalNumber(const JsonFields &o, const JsonPath &path, const char *key,
                                         const char *expected, bool nonNegative,
                                         NonFinite nonFinite = NonFinite::Rejected);
    QDateTime time(const JsonFields &o, const JsonPath &path, const char *key, bool required = false);
    template<typename E>
    E enumValue(const JsonFields &o, const JsonPath &path, const char *key, E fallback);
    /** The array under `key` (empty when absent); an error when it is something else. */
    JsonValue array(const JsonFields &o, const JsonPath &path, const char *key);
    /** Element `value` must be an object; an error naming `path` otherwise. */
    std::optional<JsonValue> object(const JsonValue &value, const JsonPath &path);
    /** The plan's tasks (or rollback tasks) from the array `array`. */

    void readHeader(const JsonFields &root, Plan &plan);
    void readPhases(const JsonFields &root, Plan &plan);
    QList<Task> readTasks(const JsonValue &array, const JsonPath &path);
    Task readTask(const JsonValue &object, const JsonPath &path);
    Estimate readEstimate(const JsonFields &task, const JsonPath &path, TaskKind kind);
    QList<Dependency> readDependencies(const JsonFields &task, const JsonPath &path);
    Marks readMarks(const JsonFields &task, const JsonPath &path);
    void readCriteria(const JsonFields &root, Plan &plan);
    QList<Criterion> readCriteriaList(const JsonValue &array, const JsonPath &path);
    void readDecisions(const JsonFields &root, Plan &plan);
    void readReadiness(const JsonFields &root, Plan &plan);
    void readHypercare(const JsonFields &root, Plan &plan);
    void readSeries(const JsonFields &root, Plan &plan);
    void readValidation(const JsonFields &root, Plan &plan);
    /** "approval" and "baselines" (planjsonbaselines.cpp; docs/plan-format-extensions.md). */
    void readReview(const JsonFields &root, Plan &plan);
    Baseline readBaseline(const JsonValue &object, const JsonPath &path);
    /** A decision's "figures" at decision time. */
    void readDecisionFigures(const JsonFields &decision, const JsonPath &path, GateDecision &d);
    std::optional<double> nullableNumber(const JsonFields &o, const JsonPath &path, const char *key, bool fraction);

    /** Fails with the first error of PlanValidator, at the JSON path of its location. */
    void failOnPlanIssues(const Plan &plan);
    /** "tasks[3].after[0].task" for a PlanIssue location; empty for the plan as a whole. */
    static QString pathOf(const PlanIssue::Location &location);

    QString m_fileName;
    PlanJson::Checks m_checks;
    std::optional<Error> m_error;
    QStringList m_warnings;
    QVarLengthArray<std::pair<std::string, QString>, 16> m_shared; ///< for sharedString()
};

} // namespace cutover
