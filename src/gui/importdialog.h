// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"
#include "workbench/batchimport.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace cutover::gui {

using cutover::ImportRequest;

namespace Ui {
class ImportDialog;
}

/**
 * Shows what will be imported before anything is: every file with its detected format (which
 * the user may change) and a preview of its first rows. For the generic CSV a mapping (time
 * column, value columns, delimiter, decimal comma, time layout) with a table of how the first
 * rows will be read under it. The time zone applies to times written without an offset.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const QStringList &paths, const QString &timeZone, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /** The format id detected from the start of a file, or empty when unrecognised. */
    static QString detectFile(const QString &path);

    QList<ImportRequest> requests() const;
    /** The format chosen for file `row` (detected unless the user changed it). */
    QString formatOf(int row) const;
    /** The row's CSV mapping as the import will use it. */
    CsvMapping mappingOf(int row) const { return m_files.at(row).csv; }
    void selectFile(int row);

    QTreeWidget *fileList() const;
    QComboBox *formatCombo() const;
    QComboBox *zoneCombo() const;
    QGroupBox *mappingBox() const;
    QComboBox *timeColumnCombo() const;
    QListWidget *valueColumnList() const;
    QComboBox *delimiterCombo() const;
    QCheckBox *decimalCommaBox() const;
    QComboBox *timeLayoutCombo() const;
    QTableWidget *csvPreview() const;
    QPlainTextEdit *rawPreview() const;
    QLabel *previewMessage() const;
    QPushButton *importButton() const { return m_import; }

private:
    struct FileState
    {
        QString path;
        QString detected;
        QString format;
        CsvMapping csv;
        bool csvDetected = false;   ///< mapping controls filled from the detected layout
    };

    void showCurrentFile();
    void formatChosen();
    void mappingEdited();
    void previewCsv();
    void updateFileRow(int row);
    void updateImportButton();
    ImportOptions optionsFor(const FileState &file) const;

    QList<FileState> m_files;
    int m_current = -1;
    bool m_filling = false;
    std::unique_ptr<Ui::ImportDialog> m_ui; ///< the fixed part: ui/importdialog.ui
    QPushButton *m_import = nullptr;
};

} // namespace cutover::gui
