// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace cutover {

/**
 * Where and why reading or writing something failed, in a form a person can act on:
 * "lag.csv:1043:2: cannot read ..." or "plan.json: tasks[3].after[0].task: unknown task ...".
 */
struct Error
{
    Error() = default;
    explicit Error(QString message, QString file = {}, int line = 0, int column = 0, QString path = {})
        : message(std::move(message)), file(std::move(file)), line(line), column(column), path(std::move(path))
    {
    }

    QString message;
    QString file;      ///< file name as the user gave it; may be empty
    int line = 0;      ///< 1-based; 0 when not applicable
    int column = 0;    ///< 1-based; 0 when not applicable
    QString path;      ///< location inside a structured document (JSON path); may be empty

    /** The one-line form: file:line:col: path: message (parts left out when unknown). */
    QString toString() const;
};

/** Marker value for a Result that carries no payload. */
struct Ok
{
};

/** A value or an Error. Used instead of exceptions across the code base. */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }
    QString errorString() const { return m_error.toString(); }

private:
    std::optional<T> m_value;
    Error m_error;
};

using Status = Result<Ok>;

} // namespace cutover
