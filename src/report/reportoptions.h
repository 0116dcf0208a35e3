// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/seriesselection.h"

#include "model/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFlags>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace cutover::report {

/** The report's sections, in the order they are printed. */
enum class Section : unsigned {
    Cover = 0x01,       ///< plan name, status, window, author
    Summary = 0x02,     ///< executive summary with the generated verdict
    Timeline = 0x04,    ///< the Gantt, split across pages
    Runbook = 0x08,     ///< every task as a table grouped by phase
    Rollback = 0x10,    ///< rollback plan, criteria, go/no-go gates and decisions
    Monitoring = 0x20,  ///< lag charts, criteria board, validation summary
    Simulation = 0x40,  ///< histogram/S-curve, tornado, criticality
    Readiness = 0x80,   ///< readiness checklist and hypercare
    Review = 0x100,     ///< sign-off and the changes since the approved (or last) baseline
};
Q_DECLARE_FLAGS(Sections, Section)
Q_DECLARE_OPERATORS_FOR_FLAGS(Sections)

/** What goes into a report and how it is laid out. */
struct ReportOptions
{
    Sections sections = allSections();
    QPageSize::PageSizeId pageSize = QPageSize::A4;  ///< used by writePdf(); a printer keeps its own
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    int iterations = 10000;   ///< Monte Carlo iterations, 1 .. MonteCarlo::kMaxIterations
    quint64 seed = 1;
    int threads = 0;          ///< 0 = all cores; never changes the numbers
    /** Which series the lag chart draws: the Document's (as in the monitoring view), or the default rule. */
    SeriesSelection seriesSelection;
    /** "Generated" time printed in the footer; invalid = now. Tests pin it. */
    QDateTime generatedAt;

    static Sections allSections();
};

/** Spellings of the sections for the command line and the export dialog. */
class SectionNames
{
    Q_DECLARE_TR_FUNCTIONS(SectionNames)
public:
    /** All sections in print order. */
    static QList<Section> all();
    /** "cover", "summary", "timeline", "runbook", "rollback", "monitoring", "simulation", "readiness". */
    static QString id(Section section);
    /** Translated title, e.g. "Executive summary". */
    static QString title(Section section);
    /** Parses "summary,timeline" (comma separated, case-insensitive, "all" for every section). */
    static Result<Sections> parse(const QString &list);
    /** "cover, summary, ..." for help texts and errors. */
    static QString idList();
};

} // namespace cutover::report
