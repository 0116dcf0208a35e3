// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QString>

namespace cutover {

/**
 * Plan equality for tests: like operator== but series values compare bit for bit, so NaN gaps
 * count as equal to themselves. Returns an empty string when equal, else the first difference
 * ("tasks[3]", "series[1].values[17]", ...).
 */
QString planDifference(const Plan &a, const Plan &b);

} // namespace cutover
