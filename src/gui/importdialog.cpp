// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "statuscolors.h"

#include "importers/timeparse.h"
#include "ui_importdialog.h"

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPushButton>
#include <QTimeZone>

#include <cmath>

namespace cutover::gui {

namespace {

constexpr qint64 kHeadBytes = 64 * 1024;
constexpr int kPreviewRows = 20;
const QString kGenericCsv = QStringLiteral("generic-csv");

QByteArray readHead(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray head = file.read(kHeadBytes);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    return head;
}

QString formatName(const QString &id)
{
    const std::optional<ImportFormat> format = Importer::format(id);
    return format ? format->name : id;
}

} // namespace

QString ImportDialog::detectFile(const QString &path)
{
    const QByteArray head = readHead(path);
    return Importer::detect(std::string_view(head.constData(), size_t(head.size())));
}

ImportDialog::ImportDialog(const QStringList &paths, const QString &timeZone, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
{
    m_ui->setupUi(this);
    QHeaderView *header = m_ui->importFiles->header();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    for (const QString &path : paths) {
        FileState state;
        state.path = path;
        state.detected = detectFile(path);
        state.format = state.detected;
        m_files.append(state);
        auto *item = new QTreeWidgetItem(m_ui->importFiles);
        item->setText(0, QFileInfo(path).fileName());
        item->setToolTip(0, path);
        item->setText(2, QLocale().formattedDataSize(QFileInfo(path).size()));
    }
    for (int row = 0; row < m_files.size(); ++row)
        updateFileRow(row);

    m_ui->format->addItem(tr("(not recognised: choose a format)"), QString());
    const QList<ImportFormat> formats = Importer::formats();
    for (const ImportFormat &format : formats)
        m_ui->format->addItem(format.name, format.id);

    const QString planZone = timeZone.isEmpty() ? QStringLiteral("UTC") : timeZone;
    m_ui->zone->addItem(planZone);
    if (planZone != u"UTC")
        m_ui->zone->addItem(QStringLiteral("UTC"));
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : zones) {
        const QString name = QString::fromLatin1(id);
        if (name != planZone && name != u"UTC")
            m_ui->zone->addItem(name);
    }
    m_ui->zone->setCurrentIndex(0);

    m_ui->delimiter->addItem(tr("Comma ,"), int(','));
    m_ui->delimiter->addItem(tr("Semicolon ;"), int(';'));
    m_ui->delimiter->addItem(tr("Tab"), int('\t'));
    m_ui->delimiter->addItem(tr("Pipe |"), int('|'));
    m_ui->timeLayout->addItem(tr("Detect"), int(TimeLayout::Auto));
    for (TimeLayout layout : {TimeLayout::Iso8601, TimeLayout::EpochSeconds, TimeLayout::EpochMillis, TimeLayout::UsDate12h,
                              TimeLayout::YmdSlash, TimeLayout::DmySlash, TimeLayout::DmyDot, TimeLayout::MonthDayNoYear})
        m_ui->timeLayout->addItem(timeLayoutPattern(layout), int(layout));
    m_ui->valueColumns->setMaximumHeight(m_ui->valueColumns->fontMetrics().height() * 4 + 8);
    m_ui->raw->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_ui->raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 4);
    m_ui->splitter->setSizes({m_ui->importFiles->fontMetrics().height() * 6, 600});

    m_import = m_ui->buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    setTabOrder(m_ui->raw, m_import);

    connect(m_ui->importFiles, &QTreeWidget::currentItemChanged, this, &ImportDialog::showCurrentFile);
    connect(m_ui->format, &QComboBox::currentIndexChanged, this, &ImportDialog::formatChosen);
    connect(m_ui->zone, &QComboBox::currentTextChanged, this, [this] {
        if (m_current >= 0 && m_files.at(m_current).format == kGenericCsv)
            previewCsv();
    });
    connect(m_ui->timeColumn, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingEdited);
    connect(m_ui->valueColumns, &QListWidget::itemChanged, this, &ImportDialog::mappingEdited);
    connect(m_ui->delimiter, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingEdited);
    connect(m_ui->decimalComma, &QCheckBox::toggled, this, &ImportDialog::mappingEdited);
    connect(m_ui->timeLayout, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingEdited);

    updateImportButton();
    if (!m_files.isEmpty())
        selectFile(0);
}

ImportDialog::~ImportDialog() = default;

QTreeWidget *ImportDialog::fileList() const
{
    return m_ui->importFiles;
}

QComboBox *ImportDialog::formatCombo() const
{
    return m_ui->format;
}

QComboBox *ImportDialog::zoneCombo() const
{
    return m_ui->zone;
}

QGroupBox *ImportDialog::mappingBox() const
{
    return m_ui->mapping;
}

QComboBox *ImportDialog::timeColumnCombo() const
{
    return m_ui->timeColumn;
}

QListWidget *ImportDialog::valueColumnList() const
{
    return m_ui->valueColumns;
}

QComboBox *ImportDialog::delimiterCombo() const
{
    return m_ui->delimiter;
}

QCheckBox *ImportDialog::decimalCommaBox() const
{
    return m_ui->decimalComma;
}

QComboBox *ImportDialog::timeLayoutCombo() const
{
    return m_ui->timeLayout;
}

QTableWidget *ImportDialog::csvPreview() const
{
    return m_ui->csvPreview;
}

QPlainTextEdit *ImportDialog::rawPreview() const
{
    return m_ui->raw;
}

QLabel *ImportDialog::previewMessage() const
{
    return m_ui->previewMessage;
}

void ImportDialog::selectFile(int row)
{
    m_ui->importFiles->setCurrentItem(m_ui->importFiles->topLevelItem(row));
}

QString ImportDialog::formatOf(int row) const
{
    return m_files.at(row).format;
}

ImportOptions ImportDialog::optionsFor(const FileState &file) const
{
    ImportOptions options;
    options.format = file.format;
    options.timeZone = m_ui->zone->currentText().trimmed();
    if (file.format == kGenericCsv)
        options.csv = file.csv;
    return options;
}

QList<ImportRequest> ImportDialog::requests() const
{
    QList<ImportRequest> out;
    for (const FileState &file : m_files)
        out.append({file.path, optionsFor(file)});
    return out;
}

void ImportDialog::updateFileRow(int row)
{
    const FileState &file = m_files.at(row);
    QTreeWidgetItem *item = m_ui->importFiles->topLevelItem(row);
    if (file.format.isEmpty())
        item->setText(1, tr("not recognised"));
    else if (file.format != file.detected)
        item->setText(1, tr("%1 (chosen)").arg(formatName(file.format)));
    else
        item->setText(1, formatName(file.format));
}

void ImportDialog::updateImportButton()
{
    bool ready = !m_files.isEmpty();
    for (const FileState &file : std::as_const(m_files))
        ready = ready && !file.format.isEmpty();
    m_import->setEnabled(ready);
}

void ImportDialog::showCurrentFile()
{
    m_current = m_ui->importFiles->indexOfTopLevelItem(m_ui->importFiles->currentItem());
    if (m_current < 0)
        return;
    const FileState &file = m_files.at(m_current);
    {
        const QSignalBlocker block(m_ui->format);
        m_ui->format->setCurrentIndex(std::max(0, m_ui->format->findData(file.format)));
    }
    const bool csv = file.format == kGenericCsv;
    m_ui->mapping->setVisible(csv);
    m_ui->csvPreview->setVisible(csv);
    m_ui->raw->setVisible(!csv);
    if (csv) {
        previewCsv();
        return;
    }
    QFile in(file.path);
    if (!in.open(QIODevice::ReadOnly)) {
        m_ui->previewMessage->setText(tr("Cannot read %1: %2").arg(QFileInfo(file.path).fileName(), in.errorString()));
        m_ui->raw->clear();
        return;
    }
    // The first lines as written; a one-line JSON export shows its first 2,000 characters, wrapped.
    constexpr qsizetype kLineChars = 2000;
    QStringList lines = QString::fromUtf8(in.read(kHeadBytes)).remove(QChar(0xFEFF)).split(QLatin1Char('\n')).mid(0, kPreviewRows);
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.size() > kLineChars)
            line = line.left(kLineChars) + QStringLiteral(" …");
    }
    m_ui->raw->setPlainText(lines.join(QLatin1Char('\n')));
    m_ui->previewMessage->setText(file.format.isEmpty()
                           ? tr("This file does not look like any export Cutover Planner reads. Choose its format above, or cancel.")
                           : tr("The first lines of the file as written:"));
}

void ImportDialog::formatChosen()
{
    if (m_current < 0)
        return;
    FileState &file = m_files[m_current];
    file.format = m_ui->format->currentData().toString();
    file.csv = {};
    file.csvDetected = false;
    updateFileRow(m_current);
    updateImportButton();
    showCurrentFile();
}

void ImportDialog::mappingEdited()
{
    if (m_filling || m_current < 0)
        return;
    CsvMapping &csv = m_files[m_current].csv;
    csv.timeColumn = m_ui->timeColumn->currentIndex() >= 0 ? QString::number(m_ui->timeColumn->currentIndex() + 1) : QString();
    csv.valueColumns.clear();
    for (int i = 0; i < m_ui->valueColumns->count(); ++i) {
        if (m_ui->valueColumns->item(i)->checkState() == Qt::Checked)
            csv.valueColumns << QString::number(m_ui->valueColumns->item(i)->data(Qt::UserRole).toInt() + 1);
    }
    csv.delimiter = char(m_ui->delimiter->currentData().toInt());
    csv.decimalComma = m_ui->decimalComma->isChecked();
    csv.timeLayout = TimeLayout(m_ui->timeLayout->currentData().toInt());
    previewCsv();
}

void ImportDialog::previewCsv()
{
    FileState &file = m_files[m_current];
    const Result<CsvPreview> preview = Importer::previewCsv(file.path, optionsFor(file), kPreviewRows);
    m_ui->csvPreview->clear();
    m_ui->csvPreview->setRowCount(0);
    m_ui->csvPreview->setColumnCount(0);
    if (!preview.ok()) {
        m_ui->previewMessage->setText(tr("Cannot be read this way: %1").arg(preview.errorString()));
        return;
    }
    const CsvLayout &layout = preview->layout;
    {
        // Show the layout the importer will use (detected or chosen) in the controls.
        m_filling = true;
        const QSignalBlocker b1(m_ui->timeColumn), b2(m_ui->valueColumns), b3(m_ui->delimiter), b4(m_ui->decimalComma), b5(m_ui->timeLayout);
        m_ui->timeColumn->clear();
        m_ui->valueColumns->clear();
        for (int i = 0; i < layout.headers.size(); ++i) {
            const QString label = tr("%1: %2").arg(i + 1).arg(layout.headers.at(i));
            m_ui->timeColumn->addItem(label);
            if (i == layout.timeColumn)
                continue;
            auto *item = new QListWidgetItem(label, m_ui->valueColumns);
            item->setData(Qt::UserRole, i);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(layout.valueColumns.contains(i) ? Qt::Checked : Qt::Unchecked);
        }
        m_ui->timeColumn->setCurrentIndex(layout.timeColumn);
        m_ui->delimiter->setCurrentIndex(std::max(0, m_ui->delimiter->findData(int(layout.delimiter))));
        m_ui->decimalComma->setChecked(layout.decimalComma);
        m_ui->timeLayout->setCurrentIndex(std::max(0, m_ui->timeLayout->findData(int(file.csv.timeLayout))));
        m_filling = false;
    }
    file.csvDetected = true;

    QStringList headers{tr("Time as written"), tr("Read as (UTC)")};
    for (int column : layout.valueColumns)
        headers << layout.headers.value(column, QString::number(column + 1));
    m_ui->csvPreview->setColumnCount(int(headers.size()));
    m_ui->csvPreview->setHorizontalHeaderLabels(headers);
    m_ui->csvPreview->setRowCount(int(preview->cells.size()));
    int unreadable = 0;
    for (int row = 0; row < preview->cells.size(); ++row) {
        const QStringList &cells = preview->cells.at(row);
        m_ui->csvPreview->setItem(row, 0, new QTableWidgetItem(cells.value(layout.timeColumn)));
        const QDateTime time = preview->times.value(row);
        auto *read = new QTableWidgetItem(time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : tr("unreadable"));
        if (!time.isValid()) {
            ++unreadable;
            read->setForeground(StatusColors::text(StatusColors::Kind::Problem, palette()));
        }
        m_ui->csvPreview->setItem(row, 1, read);
        const QList<double> values = preview->values.value(row);
        for (int v = 0; v < layout.valueColumns.size(); ++v) {
            const double value = values.value(v, std::nan(""));
            m_ui->csvPreview->setItem(row, 2 + v, new QTableWidgetItem(std::isnan(value) ? tr("gap") : QLocale().toString(value, 'g', 10)));
        }
    }
    m_ui->csvPreview->resizeColumnsToContents();
    QString message = tr("Rows shown as they will be imported: %n.", nullptr, int(preview->cells.size()));
    if (unreadable > 0)
        message += QLatin1Char(' ') + tr("Times this layout cannot read: %n.", nullptr, unreadable);
    if (!preview->notes.isEmpty())
        message += QLatin1Char('\n') + preview->notes.join(QStringLiteral("; "));
    m_ui->previewMessage->setText(message);
}

} // namespace cutover::gui
