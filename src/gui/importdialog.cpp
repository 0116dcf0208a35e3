// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "statuscolors.h"

#include "importers/timeparse.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    , m_fileList(new QTreeWidget(this))
    , m_format(new QComboBox(this))
    , m_zone(new QComboBox(this))
    , m_mapping(new QGroupBox(tr("How the CSV is read"), this))
    , m_timeColumn(new QComboBox(m_mapping))
    , m_valueColumns(new QListWidget(m_mapping))
    , m_delimiter(new QComboBox(m_mapping))
    , m_decimalComma(new QCheckBox(tr("Decimal comma (1,5 means one and a half)"), m_mapping))
    , m_timeLayout(new QComboBox(m_mapping))
    , m_message(new QLabel(this))
    , m_csvPreview(new QTableWidget(this))
    , m_raw(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import monitoring data"));
    setObjectName(QStringLiteral("importDialog"));
    resize(1000, 700);

    m_fileList->setObjectName(QStringLiteral("importFiles"));
    m_fileList->setHeaderLabels({tr("File"), tr("Detected format"), tr("Size")});
    m_fileList->setRootIsDecorated(false);
    m_fileList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fileList->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fileList->header()->setStretchLastSection(false);
    m_fileList->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    for (const QString &path : paths) {
        FileState state;
        state.path = path;
        state.detected = detectFile(path);
        state.format = state.detected;
        m_files.append(state);
        auto *item = new QTreeWidgetItem(m_fileList);
        item->setText(0, QFileInfo(path).fileName());
        item->setToolTip(0, path);
        item->setText(2, QLocale().formattedDataSize(QFileInfo(path).size()));
    }
    for (int row = 0; row < m_files.size(); ++row)
        updateFileRow(row);

    m_format->addItem(tr("(not recognised: choose a format)"), QString());
    const QList<ImportFormat> formats = Importer::formats();
    for (const ImportFormat &format : formats)
        m_format->addItem(format.name, format.id);

    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    const QString planZone = timeZone.isEmpty() ? QStringLiteral("UTC") : timeZone;
    m_zone->addItem(planZone);
    if (planZone != u"UTC")
        m_zone->addItem(QStringLiteral("UTC"));
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : zones) {
        const QString name = QString::fromLatin1(id);
        if (name != planZone && name != u"UTC")
            m_zone->addItem(name);
    }
    m_zone->setCurrentIndex(0);
    m_zone->setToolTip(tr("Times written without a UTC offset are read in this zone"));

    m_delimiter->addItem(tr("Comma ,"), int(','));
    m_delimiter->addItem(tr("Semicolon ;"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Pipe |"), int('|'));
    m_timeLayout->addItem(tr("Detect"), int(TimeLayout::Auto));
    for (TimeLayout layout : {TimeLayout::Iso8601, TimeLayout::EpochSeconds, TimeLayout::EpochMillis, TimeLayout::UsDate12h,
                              TimeLayout::YmdSlash, TimeLayout::DmySlash, TimeLayout::DmyDot, TimeLayout::MonthDayNoYear})
        m_timeLayout->addItem(timeLayoutPattern(layout), int(layout));
    m_valueColumns->setMaximumHeight(m_valueColumns->fontMetrics().height() * 4 + 8);

    auto *mappingForm = new QFormLayout(m_mapping);
    mappingForm->addRow(tr("&Time column:"), m_timeColumn);
    mappingForm->addRow(tr("&Value columns:"), m_valueColumns);
    mappingForm->addRow(tr("&Delimiter:"), m_delimiter);
    mappingForm->addRow(QString(), m_decimalComma);
    mappingForm->addRow(tr("Time &layout:"), m_timeLayout);

    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_csvPreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_csvPreview->verticalHeader()->hide();
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_raw->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *top = new QFormLayout;
    top->addRow(tr("&Format of the selected file:"), m_format);
    top->addRow(tr("Time &zone for times without offset:"), m_zone);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(top);
    rightLayout->addWidget(m_mapping);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(m_csvPreview, 1);
    rightLayout->addWidget(m_raw, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_fileList);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({m_fileList->fontMetrics().height() * 6, 600});

    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fileList, &QTreeWidget::currentItemChanged, this, &ImportDialog::showCurrentFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::formatChosen);
    connect(m_zone, &QComboBox::currentTextChanged, this, [this] {
        if (m_current >= 0 && m_files.at(m_current).format == kGenericCsv)
            previewCsv();
    });
    connect(m_timeColumn, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingEdited);
    connect(m_valueColumns, &QListWidget::itemChanged, this, &ImportDialog::mappingEdited);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingEdited);
    connect(m_decimalComma, &QCheckBox::toggled, this, &ImportDialog::mappingEdited);
    connect(m_timeLayout, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingEdited);

    updateImportButton();
    if (!m_files.isEmpty())
        selectFile(0);
}


void ImportDialog::selectFile(int row)
{
    m_fileList->setCurrentItem(m_fileList->topLevelItem(row));
}

QString ImportDialog::formatOf(int row) const
{
    return m_files.at(row).format;
}

ImportOptions ImportDialog::optionsFor(const FileState &file) const
{
    ImportOptions options;
    options.format = file.format;
    options.timeZone = m_zone->currentText().trimmed();
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
    QTreeWidgetItem *item = m_fileList->topLevelItem(row);
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
    m_current = m_fileList->indexOfTopLevelItem(m_fileList->currentItem());
    if (m_current < 0)
        return;
    const FileState &file = m_files.at(m_current);
    {
        const QSignalBlocker block(m_format);
        m_format->setCurrentIndex(std::max(0, m_format->findData(file.format)));
    }
    const bool csv = file.format == kGenericCsv;
    m_mapping->setVisible(csv);
    m_csvPreview->setVisible(csv);
    m_raw->setVisible(!csv);
    if (csv) {
        previewCsv();
        return;
    }
    QFile in(file.path);
    if (!in.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("Cannot read %1: %2").arg(QFileInfo(file.path).fileName(), in.errorString()));
        m_raw->clear();
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
    m_raw->setPlainText(lines.join(QLatin1Char('\n')));
    m_message->setText(file.format.isEmpty()
                           ? tr("This file does not look like any export Cutover Planner reads. Choose its format above, or cancel.")
                           : tr("The first lines of the file as written:"));
}

void ImportDialog::formatChosen()
{
    if (m_current < 0)
        return;
    FileState &file = m_files[m_current];
    file.format = m_format->currentData().toString();
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
    csv.timeColumn = m_timeColumn->currentIndex() >= 0 ? QString::number(m_timeColumn->currentIndex() + 1) : QString();
    csv.valueColumns.clear();
    for (int i = 0; i < m_valueColumns->count(); ++i) {
        if (m_valueColumns->item(i)->checkState() == Qt::Checked)
            csv.valueColumns << QString::number(m_valueColumns->item(i)->data(Qt::UserRole).toInt() + 1);
    }
    csv.delimiter = char(m_delimiter->currentData().toInt());
    csv.decimalComma = m_decimalComma->isChecked();
    csv.timeLayout = TimeLayout(m_timeLayout->currentData().toInt());
    previewCsv();
}

void ImportDialog::previewCsv()
{
    FileState &file = m_files[m_current];
    const Result<CsvPreview> preview = Importer::previewCsv(file.path, optionsFor(file), kPreviewRows);
    m_csvPreview->clear();
    m_csvPreview->setRowCount(0);
    m_csvPreview->setColumnCount(0);
    if (!preview.ok()) {
        m_message->setText(tr("Cannot be read this way: %1").arg(preview.errorString()));
        return;
    }
    const CsvLayout &layout = preview->layout;
    {
        // Show the layout the importer will use (detected or chosen) in the controls.
        m_filling = true;
        const QSignalBlocker b1(m_timeColumn), b2(m_valueColumns), b3(m_delimiter), b4(m_decimalComma), b5(m_timeLayout);
        m_timeColumn->clear();
        m_valueColumns->clear();
        for (int i = 0; i < layout.headers.size(); ++i) {
            const QString label = tr("%1: %2").arg(i + 1).arg(layout.headers.at(i));
            m_timeColumn->addItem(label);
            if (i == layout.timeColumn)
                continue;
            auto *item = new QListWidgetItem(label, m_valueColumns);
            item->setData(Qt::UserRole, i);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(layout.valueColumns.contains(i) ? Qt::Checked : Qt::Unchecked);
        }
        m_timeColumn->setCurrentIndex(layout.timeColumn);
        m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(int(layout.delimiter))));
        m_decimalComma->setChecked(layout.decimalComma);
        m_timeLayout->setCurrentIndex(std::max(0, m_timeLayout->findData(int(file.csv.timeLayout))));
        m_filling = false;
    }
    file.csvDetected = true;

    QStringList headers{tr("Time as written"), tr("Read as (UTC)")};
    for (int column : layout.valueColumns)
        headers << layout.headers.value(column, QString::number(column + 1));
    m_csvPreview->setColumnCount(int(headers.size()));
    m_csvPreview->setHorizontalHeaderLabels(headers);
    m_csvPreview->setRowCount(int(preview->cells.size()));
    int unreadable = 0;
    for (int row = 0; row < preview->cells.size(); ++row) {
        const QStringList &cells = preview->cells.at(row);
        m_csvPreview->setItem(row, 0, new QTableWidgetItem(cells.value(layout.timeColumn)));
        const QDateTime time = preview->times.value(row);
        auto *read = new QTableWidgetItem(time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : tr("unreadable"));
        if (!time.isValid()) {
            ++unreadable;
            read->setForeground(StatusColors::text(StatusColors::Kind::Problem, palette()));
        }
        m_csvPreview->setItem(row, 1, read);
        const QList<double> values = preview->values.value(row);
        for (int v = 0; v < layout.valueColumns.size(); ++v) {
            const double value = values.value(v, std::nan(""));
            m_csvPreview->setItem(row, 2 + v, new QTableWidgetItem(std::isnan(value) ? tr("gap") : QLocale().toString(value, 'g', 10)));
        }
    }
    m_csvPreview->resizeColumnsToContents();
    QString message = tr("Rows shown as they will be imported: %n.", nullptr, int(preview->cells.size()));
    if (unreadable > 0)
        message += QLatin1Char(' ') + tr("Times this layout cannot read: %n.", nullptr, unreadable);
    if (!preview->notes.isEmpty())
        message += QLatin1Char('\n') + preview->notes.join(QStringLiteral("; "));
    m_message->setText(message);
}

} // namespace cutover::gui
