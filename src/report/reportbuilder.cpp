// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "pdfinfo.h"
#include "pdftounicode.h"
#include "reportsections.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTimeZone>

namespace cutover::report {

namespace {

constexpr double kMinBody = 200.0;

/** The CJK radicals (U+2E80–U+2FDF) written anywhere in the plan's text: their ToUnicode entries stay. */
QSet<char32_t> radicalsOf(const Plan &plan)
{
    QSet<char32_t> found;
    auto scan = [&found](const QString &text) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t u = text.at(i).unicode();
            if (u >= 0x2E80 && u <= 0x2FDF)
                found.insert(u);
        }
    };
    scan(plan.name);
    scan(plan.author);
    scan(plan.description);
    for (const Phase &ph : plan.phases)
        scan(ph.name), scan(ph.description);
    for (const QList<Task> *list : { &plan.tasks, &plan.rollbackTasks }) {
        for (const Task &t : *list)
            scan(t.id), scan(t.name), scan(t.owner), scan(t.notes);
    }
    for (const Criterion &c : plan.criteria)
        scan(c.id), scan(c.name), scan(c.metric), scan(c.notes);
    for (const GateDecision &g : plan.decisions)
        scan(g.decidedBy), scan(g.rationale);
    for (const ReadinessItem &r : plan.readiness)
        scan(r.text), scan(r.owner), scan(r.evidence);
    for (const MetricSeries &m : plan.series)
        scan(m.name), scan(m.metric), scan(m.unit);
    for (const ValidationResult &v : plan.validation)
        scan(v.object), scan(v.check), scan(v.sourceValue), scan(v.targetValue);
    scan(plan.hypercare.notes);
    for (const SlaTarget &s : plan.hypercare.slas)
        scan(s.severity);
    for (const Contact &c : plan.hypercare.contacts)
        scan(c.name), scan(c.role), scan(c.reach);
    return found;
}

void paintHeaderFooter(QPainter *p, const QSizeF &page, const ComposedPage &cp, bool cover, const QString &planName,
                       const QString &generated, int number, int total)
{
    const QFont font = ReportStyle::font(ReportStyle::kSmall);
    const QFont bold = ReportStyle::font(ReportStyle::kSmall, true);
    const QFontMetricsF fm(font);
    p->setPen(ReportStyle::muted());
    if (!cover) {
        const double base = fm.ascent() + 2;
        const QString section = cp.section;
        const double sectionWidth = std::min(page.width() * 0.45, QFontMetricsF(font).horizontalAdvance(section) + 2);
        p->setFont(bold);
        p->drawText(QPointF(0, base), ReportStyle::elided(planName, bold, page.width() - sectionWidth - 24));
        p->setFont(font);
        const QString shown = ReportStyle::elided(section, font, sectionWidth);
        p->drawText(QPointF(page.width() - fm.horizontalAdvance(shown), base), shown);
        p->setPen(QPen(ReportStyle::rule(), 0.6));
        p->drawLine(QPointF(0, ReportBuilder::kHeaderHeight - 8), QPointF(page.width(), ReportBuilder::kHeaderHeight - 8));
    }
    const double top = page.height() - ReportBuilder::kFooterHeight + 6;
    p->setPen(QPen(ReportStyle::rule(), 0.6));
    p->drawLine(QPointF(0, top), QPointF(page.width(), top));
    p->setFont(font);
    p->setPen(ReportStyle::muted());
    const QString pageText = ReportBuilder::tr("Page %1 of %2").arg(number).arg(total);
    const double base = top + 4 + fm.ascent();
    p->drawText(QPointF(0, base), ReportStyle::elided(generated, font, page.width() - fm.horizontalAdvance(pageText) - 24));
    p->drawText(QPointF(page.width() - fm.horizontalAdvance(pageText), base), pageText);
}

} // namespace

QString ReportBuilder::documentTitle(const Plan &plan)
{
    return tr("Cutover report: %1").arg(plan.name.isEmpty() ? tr("Untitled plan") : plan.name);
}

QString ReportBuilder::documentSubject(const Plan &plan)
{
    if (plan.window.isValid()) {
        const QTimeZone zone = plan.displayZone();
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
        return tr("Cutover plan, maintenance window %1 to %2 (%3)")
            .arg(plan.window.start.toTimeZone(zone).toString(format), plan.window.end.toTimeZone(zone).toString(format), QString::fromUtf8(zone.id()));
    }
    return tr("Cutover plan, stakeholder report");
}

QString ReportBuilder::documentAuthor(const Plan &plan)
{
    return plan.author.trimmed().isEmpty() ? tr("Cutover Planner") : plan.author.trimmed();
}

QList<ComposedPage> ReportBuilder::compose(const ReportData &data, const ReportOptions &options, const QSizeF &body)
{
    PageComposer c(body);
    auto starts = std::make_shared<QMap<Section, int>>();
    // Sections without anything to show are left out (the summary says so in a line); the
    // cover stands alone, the summary starts the next page, and the other sections follow on
    // from each other: their headings keep with what follows, so no page ends on a heading.
    const Sections on = ReportSections::shown(data, options.sections);
    auto begin = [&](Section s, bool freshPage) {
        if (freshPage)
            c.newPage();
        c.setSection(SectionNames::title(s));
        c.anchor(int(s));
    };
    if (on & Section::Cover) {
        begin(Section::Cover, true);
        ReportSections::cover(c, data, on, starts);
    }
    if (on & Section::Summary) {
        begin(Section::Summary, true);
        ReportSections::summary(c, data, options.sections);
    }
    if (on & Section::Review) {
        begin(Section::Review, false);
        ReportSections::review(c, data);
    }
    if (on & Section::Timeline) {
        begin(Section::Timeline, false);
        ChartSections::timeline(c, data);
    }
    if (on & Section::Runbook) {
        begin(Section::Runbook, false);
        ReportSections::runbook(c, data);
    }
    if (on & Section::Rollback) {
        begin(Section::Rollback, false);
        ReportSections::rollback(c, data);
    }
    if (on & Section::Monitoring) {
        begin(Section::Monitoring, false);
        ChartSections::monitoring(c, data);
    }
    if (on & Section::Simulation) {
        begin(Section::Simulation, false);
        ChartSections::simulation(c, data);
    }
    if (on & Section::Readiness) {
        begin(Section::Readiness, false);
        ReportSections::readiness(c, data);
    }
    QList<ComposedPage> pages = c.takePages();
    for (Section s : SectionNames::all()) {
        if (c.anchorPage(int(s)) >= 0)
            starts->insert(s, c.anchorPage(int(s)));
    }
    return pages;
}

Status ReportBuilder::render(QPagedPaintDevice *device, const ReportData &data, const ReportOptions &options, int *pageCount)
{
    if (!device)
        return Error(tr("no device to print the report on"));
    const QRectF paintRect = device->pageLayout().paintRect(QPageLayout::Point);
    const QSizeF page = paintRect.size();
    const QSizeF body(page.width(), page.height() - kHeaderHeight - kFooterHeight);
    if (body.width() < kMinBody || body.height() < kMinBody)
        return Error(tr("the printable area (%1 × %2 pt) is too small for the report").arg(qRound(page.width())).arg(qRound(page.height())));

    const QList<ComposedPage> pages = compose(data, options, body);
    const QString generated = tr("Generated %1 · Cutover Planner").arg(data.dateTimeText(data.generatedAt));
    const QString planName = data.plan.name.isEmpty() ? tr("Untitled plan") : data.plan.name;
    const bool coverFirst = options.sections & Section::Cover;

    QPainter p;
    if (!p.begin(device))
        return Error(tr("cannot paint on the output device"));
    const double sx = device->logicalDpiX() / 72.0;
    const double sy = device->logicalDpiY() / 72.0;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0 && !device->newPage()) {
            p.end();
            return Error(tr("the output device refused page %1").arg(i + 1));
        }
        p.resetTransform();
        p.scale(sx, sy);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setRenderHint(QPainter::TextAntialiasing, true);
        paintHeaderFooter(&p, page, pages[i], coverFirst && i == 0, planName, generated, int(i + 1), int(pages.size()));
        p.save();
        p.translate(0, kHeaderHeight);
        p.setClipRect(QRectF(-1, -1, body.width() + 2, body.height() + 2));
        for (const DrawOp &op : pages[i].ops)
            op(&p);
        p.restore();
    }
    if (!p.end())
        return Error(tr("the output device failed to finish the report"));
    if (pageCount)
        *pageCount = int(pages.size());
    return Ok{};
}

Result<int> ReportBuilder::writePdf(const QString &path, const Plan &plan, const ReportOptions &options)
{
    auto data = ReportData::build(plan, options);
    if (!data)
        return data.error();
    return writePdf(path, data.value(), options);
}

Result<int> ReportBuilder::writePdf(const QString &path, const ReportData &data, const ReportOptions &options)
{
    PdfInfoFields fields;
    fields.title = documentTitle(data.plan);
    fields.author = documentAuthor(data.plan);
    fields.subject = documentSubject(data.plan);
    fields.creator = tr("Cutover Planner");
    fields.keywords = tr("cutover, migration, runbook, rollback");

    int pages = 0;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(options.pageSize));
        writer.setPageOrientation(options.orientation);
        writer.setPageMargins(QMarginsF(14, 12, 14, 10), QPageLayout::Millimeter);
        writer.setTitle(fields.title);
        writer.setCreator(fields.creator);
        writer.setDocumentXmpMetadata(PdfInfo::xmp(fields, data.generatedAt));
        const Status status = render(&writer, data, options, &pages);
        if (!status)
            return Error(status.error().message, QFileInfo(path).fileName());
    }
    buffer.close();
    // Qt's ToUnicode maps name the Kangxi radical for a CJK glyph it shares with an ideograph:
    // point those entries back at the ideograph the report drew (see PdfToUnicode).
    const auto corrections = PdfToUnicode::corrections(buffer.data(), radicalsOf(data.plan));
    const std::optional<QByteArray> patched = PdfInfo::withInfo(buffer.data(), fields, data.generatedAt, corrections);
    const QByteArray &bytes = patched ? *patched : buffer.data();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("cannot write the report: %1").arg(file.errorString()), path);
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error(tr("cannot write the report: %1").arg(why), path);
    }
    if (!file.commit())
        return Error(tr("cannot save the report: %1").arg(file.errorString()), path);
    return pages;
}

} // namespace cutover::report
