// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtypes.h"
#include "model/result.h"

#include <QCoreApplication>

#include <string_view>

class QIODevice;

namespace cutover {

/** The settings of the generic CSV importer after detection, as the preview dialog shows them. */
struct CsvLayout
{
    char delimiter = ',';
    bool decimalComma = false;
    bool sepLine = false;            ///< the file starts with an Excel "sep=X" line
    QStringList headers;
    int timeColumn = -1;             ///< 0-based
    QList<int> valueColumns;         ///< 0-based
    TimeLayout timeLayout = TimeLayout::Auto;
};

/** The first rows of a CSV as the generic importer will read them. */
struct CsvPreview
{
    CsvLayout layout;
    QList<QStringList> cells;        ///< raw cells of the first data rows
    QList<QDateTime> times;          ///< the time of each row in UTC (invalid if unreadable)
    QList<QList<double>> values;     ///< per row, per value column (NaN = gap or unreadable)
    QStringList notes;
};

/**
 * Entry point of the importers: format registry, detection by content and import of one file.
 * Every import reads the file once (memory-mapped), never changes anything, and either returns
 * everything the file holds or an Error naming file:line:col and what was expected.
 */
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(cutover::Importer)

public:
    /** Every format id with its human name, in the order `--help` lists them. */
    static QList<ImportFormat> formats();
    static std::optional<ImportFormat> format(const QString &id);

    /** The format id that the start of a file (decoded to UTF-8, BOM removed) looks like, or empty. */
    static QString detect(std::string_view head);

    static Result<ImportResult> importFile(const QString &path, const ImportOptions &options = {});
    /** Imports from an open device; `fileName` is used in errors and as the series' source. */
    static Result<ImportResult> importDevice(QIODevice *device, const QString &fileName,
                                             const ImportOptions &options = {});

    /** Detects the generic CSV settings (overridden by options.csv) and reads the first rows. */
    static Result<CsvPreview> previewCsv(const QString &path, const ImportOptions &options = {}, int rows = 20);
};

} // namespace cutover
