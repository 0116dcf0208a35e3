// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <initializer_list>
#include <optional>

namespace cutover {

/**
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
    void checkKeys(const QJsonObject &object, const QString &path, Keys known);

    static QString join(const QString &path, const char *key);
    static QString at(const QString &path, qsizetype index);
    static QString describe(const QJsonValue &value);

    QString string(const QJsonObject &o, const QString &path, const char *key, bool required = false);
    double number(const QJsonObject &o, const QString &path, const char *key, const QString &expected,
                  double fallback, bool required = false, bool nonNegative = false);
    std::optional<double> optionalNumber(const QJsonObject &o, const QString &path, const char *key,
                                         const QString &expected, bool nonNegative);
    QDateTime time(const QJsonObject &o, const QString &path, const char *key, bool required = false);
    template<typename E>
    E enumValue(const QJsonObject &o, const QString &path, const char *key, E fallback);
    /** The array under `key` (empty when absent); an error when it is something else. */
    QJsonArray array(const QJsonObject &o, const QString &path, const char *key);
    /** Element `value` must be an object; an error naming `path` otherwise. */
    std::optional<QJsonObject> object(const QJsonValue &value, const QString &path);

    void readHeader(const QJsonObject &root, Plan &plan);
    void readPhases(const QJsonObject &root, Plan &plan);
    QList<Task> readTasks(const QJsonArray &array, const QString &path, bool rollback);
    Task readTask(const QJsonObject &o, const QString &path, bool rollback);
    Estimate readEstimate(const QJsonObject &task, const QString &path, TaskKind kind);
    QList<Dependency> readDependencies(const QJsonObject &task, const QString &path);
    Marks readMarks(const QJsonObject &task, const QString &path);
    void readCriteria(const QJsonObject &root, Plan &plan);
    void readDecisions(const QJsonObject &root, Plan &plan);
    void readReadiness(const QJsonObject &root, Plan &plan);
    void readHypercare(const QJsonObject &root, Plan &plan);
    void readSeries(const QJsonObject &root, Plan &plan);
    void readValidation(const QJsonObject &root, Plan &plan);

    /** The checks of PlanValidator, with JSON paths. */
    void checkSemantics(const Plan &plan);

    QString m_fileName;
    PlanJson::Checks m_checks;
    std::optional<Error> m_error;
    QStringList m_warnings;
};

} // namespace cutover
