// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportoptions.h"

namespace cutover::report {

Sections ReportOptions::allSections()
{
    Sections s;
    for (Section section : SectionNames::all())
        s |= section;
    return s;
}

QList<Section> SectionNames::all()
{
    return { Section::Cover,    Section::Summary,    Section::Review,     Section::Timeline,   Section::Runbook,
             Section::Rollback, Section::Monitoring, Section::Simulation, Section::Readiness };
}

QString SectionNames::id(Section section)
{
    switch (section) {
    case Section::Cover: return QStringLiteral("cover");
    case Section::Summary: return QStringLiteral("summary");
    case Section::Timeline: return QStringLiteral("timeline");
    case Section::Runbook: return QStringLiteral("runbook");
    case Section::Rollback: return QStringLiteral("rollback");
    case Section::Monitoring: return QStringLiteral("monitoring");
    case Section::Simulation: return QStringLiteral("simulation");
    case Section::Readiness: return QStringLiteral("readiness");
    case Section::Review: return QStringLiteral("review");
    }
    return {};
}

QString SectionNames::title(Section section)
{
    switch (section) {
    case Section::Cover: return tr("Cover");
    case Section::Summary: return tr("Executive summary");
    case Section::Timeline: return tr("Timeline");
    case Section::Runbook: return tr("Runbook");
    case Section::Rollback: return tr("Rollback plan, criteria and go/no-go decisions");
    case Section::Monitoring: return tr("Monitoring and validation");
    case Section::Simulation: return tr("Simulation");
    case Section::Readiness: return tr("Readiness and hypercare");
    case Section::Review: return tr("Sign-off and changes");
    }
    return {};
}

QString SectionNames::idList()
{
    QStringList ids;
    for (Section s : all())
        ids << id(s);
    return ids.join(QStringLiteral(", "));
}

Result<Sections> SectionNames::parse(const QString &list)
{
    Sections result;
    const QStringList parts = list.split(QLatin1Char(','));
    for (const QString &raw : parts) {
        const QString name = raw.trimmed().toLower();
        if (name.isEmpty())
            continue;
        if (name == QLatin1String("all")) {
            result |= ReportOptions::allSections();
            continue;
        }
        bool found = false;
        for (Section s : all()) {
            if (id(s) == name) {
                result |= s;
                found = true;
            }
        }
        if (!found)
            return Error(tr("unknown section \"%1\" (expected a comma-separated list of: all, %2)").arg(raw.trimmed(), idList()));
    }
    if (!result)
        return Error(tr("no section given (expected a comma-separated list of: all, %1)").arg(idList()));
    return result;
}

} // namespace cutover::report
