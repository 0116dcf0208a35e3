// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cutover {

/** A plan read from a foreign format (MS Project XML, a CSV runbook), with what did not map. */
struct ImportedPlan
{
    Plan plan;
    QStringList warnings; ///< one line each, naming the file: "plan.xml: 3 deadlines ignored (...)"
};

/** A file written for another tool, and what of the plan it could not hold. */
struct ExportedFile
{
    QByteArray data;
    QStringList leftOut; ///< "the rollback plan (4 steps)", "2 criteria", ... (no file name)
};

/** Writing exchange files: atomically (QSaveFile), so a failure leaves any old file as it was. */
class ExchangeFile
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeFile)
public:
    static Status write(const QByteArray &data, const QString &path);
    /** What the plan holds that an export of only the runbook leaves out ("the rollback plan (4 steps)", ...). */
    static QStringList beyondRunbook(const Plan &plan);
    /** `text` on one line: line breaks and other control characters written as \\n, \\t, \\xNN. */
    static QString oneLine(const QString &text);
};

} // namespace cutover
