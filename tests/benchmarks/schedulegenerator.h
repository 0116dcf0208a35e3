// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

namespace cutover::bench {

/**
 * A large, realistic cutover plan for benchmarks: groups of parallel work streams joined by
 * go/no-go gates, each task with 1-3 predecessors (FS mostly, some SS/FF/SF, positive and
 * negative lags), three-point estimates (triangular, PERT and fixed), notBefore on a few
 * tasks, freeze-start and traffic-switched marks on two gates, a window and a rollback plan.
 * About 1.8 dependencies per task. The same seed gives the same plan.
 */
Plan generateSchedulePlan(int tasks, quint64 seed = 42);

} // namespace cutover::bench
