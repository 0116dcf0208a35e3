// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchangefile.h"
#include "model/plan.h"

namespace cutover {

/**
 * Writes a plan as MS Project XML (MSPDI, docs/interop.md): phases as summary tasks, runbook
 * tasks as their children, durations and lags in elapsed minutes on a 24-hour project calendar,
 * owners as resources with assignments, three-point estimates, the id, the distribution, the
 * marks and gates in custom fields, so that MspdiReader gives the plan back. Elements are in
 * the schema's order. `leftOut` names what MSPDI cannot hold.
 */
class MspdiWriter
{
    Q_DECLARE_TR_FUNCTIONS(MspdiWriter)
public:
    static ExportedFile write(const Plan &plan);
};

} // namespace cutover
