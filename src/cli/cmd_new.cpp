// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandfunctions.h"
#include "commandline.h"
#include "console.h"
#include "interchange/isotime.h"
#include "interchange/plantemplates.h"
#include "planinput.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimeZone>

namespace cutover::cli {

namespace {

/** "2026-12-05T21:00:00+01:00" as given, or a wall-clock time without offset read in `zone`. */
std::optional<QDateTime> parseStart(const QString &text, const QTimeZone &zone)
{
    if (const auto t = IsoTime::parse(text))
        return t;
    QString s = text;
    if (s.size() > 10 && s.at(10) == u' ')
        s[10] = u'T';
    const QDateTime local = QDateTime::fromString(s, Qt::ISODate);
    if (!local.isValid() || local.timeSpec() != Qt::LocalTime || !s.contains(u'T'))
        return std::nullopt;
    const QDateTime zoned(local.date(), local.time(), zone);
    return zoned.toOffsetFromUtc(zoned.offsetFromUtc());
}

} // namespace

int cmdNew(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Create a plan from a template. The file type follows the name: "
                                        ".cutover (the native file) or .json (the interchange format)."));
    parser.addPositionalArgument(QStringLiteral("PLAN"), QCoreApplication::translate("cli", "The plan file to create (.cutover or .json)."));
    const QCommandLineOption templateOption(QStringLiteral("template"),
                                            QCoreApplication::translate("cli", "Template: %1 (default: online-migration).")
                                                .arg(PlanTemplates::names().join(QStringLiteral(", "))),
                                            QStringLiteral("NAME"), QStringLiteral("online-migration"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QCoreApplication::translate("cli", "Plan name (default: the template's)."), QStringLiteral("N"));
    const QCommandLineOption startOption(QStringLiteral("start"),
                                         QCoreApplication::translate("cli", "Planned start, ISO 8601, e.g. 2026-12-05T21:00 (read in the time zone) or "
                                            "2026-12-05T21:00:00+01:00 (default: next Saturday 21:00)."),
                                         QStringLiteral("ISO"));
    const QCommandLineOption zoneOption(QStringLiteral("timezone"),
                                        QCoreApplication::translate("cli", "IANA time zone the plan is shown in, e.g. Europe/Berlin (default: the system's)."),
                                        QStringLiteral("Z"));
    const QCommandLineOption forceOption(QStringLiteral("force"), QCoreApplication::translate("cli", "Replace PLAN if it exists."));
    parser.addOptions({templateOption, nameOption, startOption, zoneOption, forceOption});
    const QString synopsis = QStringLiteral("new PLAN [--template online-migration|empty] [--name N] [--start ISO] "
                                            "[--timezone Z] [--force]");
    if (const auto exit = parseCommandLine(parser, args, console, synopsis, 1, 1))
        return *exit;

    const QString path = parser.positionalArguments().at(0);
    if (!isWritablePlanPath(path)) {
        console.error(Error(QCoreApplication::translate("cli", "cannot tell the format from the name; use a .cutover or .json file name"), path));
        return ExitUsage;
    }
    const QString templateName = parser.value(templateOption);
    if (!PlanTemplates::names().contains(templateName)) {
        console.error(QCoreApplication::translate("cli", "new: unknown template \"%1\" (expected one of %2)")
                          .arg(templateName, PlanTemplates::names().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    QString zoneName = parser.isSet(zoneOption) ? parser.value(zoneOption) : QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (zoneName.isEmpty())
        zoneName = QStringLiteral("UTC");
    const QTimeZone zone(zoneName.toUtf8());
    if (!zone.isValid()) {
        console.error(QCoreApplication::translate("cli", "new: --timezone: unknown time zone \"%1\" (expected an IANA name such as Europe/Berlin)").arg(zoneName));
        return ExitUsage;
    }
    QDateTime start = PlanTemplates::nextSaturdayEvening(QDateTime::currentDateTimeUtc(), zone);
    if (parser.isSet(startOption)) {
        const auto parsed = parseStart(parser.value(startOption), zone);
        if (!parsed) {
            console.error(QCoreApplication::translate("cli", "new: --start: expected an ISO 8601 time such as 2026-12-05T21:00 or "
                             "2026-12-05T21:00:00+01:00, got \"%1\"").arg(parser.value(startOption)));
            return ExitUsage;
        }
        start = *parsed;
    }
    if (QFileInfo::exists(path) && !parser.isSet(forceOption)) {
        console.error(Error(QCoreApplication::translate("cli", "already exists; use --force to replace it"), path));
        return ExitUsage;
    }

    const auto plan = PlanTemplates::create(templateName, parser.value(nameOption), start, zoneName);
    if (!plan) {
        console.error(QCoreApplication::translate("cli", "new: %1").arg(plan.errorString()));
        return ExitUsage;
    }
    // --force or not is decided again under the plan's write lock: two `new`s never both win.
    SaveOptions options = writerOptions(path, &console);
    options.createOnly = !parser.isSet(forceOption);
    if (const Result<FileStamp> written = PlanIo::save(plan.value(), path, options); !written) {
        console.error(written.error());
        return ExitUsage;
    }
    const QString when = plan->start.toString(QStringLiteral("ddd yyyy-MM-dd HH:mm"));
    console.out() << QCoreApplication::translate("cli", "Created %1 from template %2: \"%3\", %4 tasks, starts %5 (%6).")
                         .arg(path, templateName, plan->name)
                         .arg(plan->tasks.size())
                         .arg(when, zoneName)
                  << '\n';
    if (plan->window.isValid()) {
        console.out() << QCoreApplication::translate("cli", "Maintenance window: %1 to %2.")
                             .arg(plan->window.start.toString(QStringLiteral("ddd yyyy-MM-dd HH:mm")),
                                  plan->window.end.toString(QStringLiteral("ddd yyyy-MM-dd HH:mm")))
                      << '\n';
    }
    return ExitOk;
}

} // namespace cutover::cli
