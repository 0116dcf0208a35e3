// SPDX-License-Identifier: GPL-3.0-or-later
// Installs the build into a temporary prefix (cmake --install) and checks what a desktop sees
// there: every file in its place, the MIME type recognised by name and by content through the
// installed shared-mime-info XML, the icons at their sizes, and the desktop entry, metainfo
// and MIME XML naming each other consistently.
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString appId = QStringLiteral(CUTOVER_APP_ID);
const QString planType = QStringLiteral("application/x-cutover-plan");

/** An SQLite database with one table and the given PRAGMA application_id. */
bool makeSqlite(const QString &path, qint64 applicationId)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mk"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId))
                 && q.exec(QStringLiteral("CREATE TABLE t (x INTEGER)"))
                 && q.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
            if (!ok)
                qWarning() << q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mk"));
    return ok;
}

/** The text of every element called `name` in an XML file. */
QStringList elementTexts(const QString &path, const QString &name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("<cannot open %1>").arg(path)};
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == name)
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    return texts;
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void installedFiles();
    void mimeTypeByName();
    void mimeTypeByContent();
    void icons_data();
    void icons();
    void desktopEntry();
    void metainfo();

private:
    QTemporaryDir m_dir;
    QString m_share;
    QString m_desktopFile;
    QString m_metainfo;
};

void TestDesktopIntegration::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcess install;
    install.start(QStringLiteral(CUTOVER_CMAKE_COMMAND),
                  {QStringLiteral("--install"), QStringLiteral(CUTOVER_BINARY_DIR),
                   QStringLiteral("--prefix"), m_dir.path()});
    QVERIFY(install.waitForFinished(120000));
    QVERIFY2(install.exitStatus() == QProcess::NormalExit && install.exitCode() == 0,
             install.readAllStandardError().constData());
    m_share = m_dir.filePath(QStringLiteral("share"));
    m_desktopFile = m_share + QStringLiteral("/applications/") + appId + QStringLiteral(".desktop");
    m_metainfo = m_share + QStringLiteral("/metainfo/") + appId + QStringLiteral(".metainfo.xml");

    // What the package's shared-mime-info trigger does on a real system: one database made
    // from the system's definitions and ours (update-mime-database rejects bad XML). One merged
    // database, as on an installed system: Qt 6.4 given two separate databases lets the last
    // directory's magic match win whatever the priorities.
    const QString packages = m_share + QStringLiteral("/mime/packages/");
    QVERIFY(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                        packages + QStringLiteral("freedesktop.org.xml")));
    const QByteArray dataDirs = QFile::encodeName(m_share);
    const QByteArray dataHome = QFile::encodeName(m_dir.filePath(QStringLiteral("home")));
    QProcess update;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_DIRS"), QString::fromLocal8Bit(dataDirs));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QString::fromLocal8Bit(dataHome));
    update.setProcessEnvironment(env);
    update.start(QStringLiteral(CUTOVER_UPDATE_MIME_DATABASE), {m_share + QStringLiteral("/mime")});
    QVERIFY(update.waitForFinished(60000));
    const QByteArray warnings = update.readAllStandardError();
    QVERIFY2(update.exitCode() == 0 && warnings.isEmpty(), warnings.constData());
    QVERIFY(QFileInfo::exists(m_share + QStringLiteral("/mime/mime.cache")));
    // Only that database; set before the first QMimeDatabase use in this process.
    qputenv("XDG_DATA_HOME", dataHome);
    qputenv("XDG_DATA_DIRS", dataDirs);
}

void TestDesktopIntegration::installedFiles()
{
    const QStringList expected = {
        QStringLiteral("bin/cutover-planner"),
        QStringLiteral("share/applications/") + appId + QStringLiteral(".desktop"),
        QStringLiteral("share/metainfo/") + appId + QStringLiteral(".metainfo.xml"),
        QStringLiteral("share/mime/packages/cutover-planner.xml"),
        QStringLiteral("share/icons/hicolor/scalable/apps/cutover-planner.svg"),
    };
    for (const QString &file : expected)
        QVERIFY2(QFileInfo(m_dir.filePath(file)).isFile(), qPrintable(file));
    QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("bin/cutover-planner"))).isExecutable());
}

void TestDesktopIntegration::mimeTypeByName()
{
    QMimeDatabase db;
    const QMimeType type = db.mimeTypeForName(planType);
    QVERIFY(type.isValid());
    QCOMPARE(type.preferredSuffix(), QStringLiteral("cutover"));
    QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
    QCOMPARE(db.mimeTypeForFile(QStringLiteral("night.cutover"), QMimeDatabase::MatchExtension).name(), planType);
}

void TestDesktopIntegration::mimeTypeByContent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // "CUTP" as a big-endian 32-bit integer: 0x43 0x55 0x54 0x50 = 1129665616 (docs/storage.md).
    const QString plan = dir.filePath(QStringLiteral("plan-without-suffix"));
    QVERIFY(makeSqlite(plan, 1129665616));
    const QString other = dir.filePath(QStringLiteral("other-database"));
    QVERIFY(makeSqlite(other, 1129665617));
    QFile text(dir.filePath(QStringLiteral("notes")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("SQLite format 3 is how this note starts, but it is text.\n");
    text.close();

    QMimeDatabase db;
    QCOMPARE(db.mimeTypeForFile(plan, QMimeDatabase::MatchContent).name(), planType);
    const QMimeType otherType = db.mimeTypeForFile(other, QMimeDatabase::MatchContent);
    QVERIFY2(otherType.name() != planType, qPrintable(otherType.name()));
    QCOMPARE(otherType.name(), QStringLiteral("application/vnd.sqlite3"));
    QVERIFY(db.mimeTypeForFile(text.fileName(), QMimeDatabase::MatchContent).name() != planType);
}

void TestDesktopIntegration::icons_data()
{
    QTest::addColumn<int>("size");
    const QStringList sizes = QStringLiteral(CUTOVER_ICON_SIZES).split(QLatin1Char(','));
    QVERIFY(sizes.contains(QStringLiteral("16")) && sizes.contains(QStringLiteral("256")));
    for (const QString &s : sizes)
        QTest::newRow(qPrintable(s)) << s.toInt();
}

void TestDesktopIntegration::icons()
{
    QFETCH(int, size);
    const QString path = m_share + QStringLiteral("/icons/hicolor/%1x%1/apps/cutover-planner.png").arg(size);
    QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(path));
    QCOMPARE(image.size(), QSize(size, size));
    // The rounded square leaves the corners transparent and fills the middle.
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(size - 1, size - 1)), 0);
    QCOMPARE(qAlpha(image.pixel(size / 4, size / 2)), 255);
}

void TestDesktopIntegration::desktopEntry()
{
    QSettings entry(m_desktopFile, QSettings::IniFormat);
    entry.beginGroup(QStringLiteral("Desktop Entry"));
    QCOMPARE(entry.value(QStringLiteral("Exec")).toString(), QStringLiteral("cutover-planner %f"));
    const QString icon = entry.value(QStringLiteral("Icon")).toString();
    QVERIFY(QFileInfo::exists(m_share + QStringLiteral("/icons/hicolor/scalable/apps/") + icon + QStringLiteral(".svg")));
    // QSettings reads "a;b;" as a list.
    QStringList mimeTypes = entry.value(QStringLiteral("MimeType")).toStringList();
    mimeTypes.removeAll(QString());
    QCOMPARE(mimeTypes, QStringList{planType});
}

void TestDesktopIntegration::metainfo()
{
    QCOMPARE(elementTexts(m_metainfo, QStringLiteral("id")), QStringList{appId});
    QCOMPARE(elementTexts(m_metainfo, QStringLiteral("launchable")),
             QStringList{appId + QStringLiteral(".desktop")});
    QCOMPARE(elementTexts(m_metainfo, QStringLiteral("mediatype")), QStringList{planType});
    QCOMPARE(elementTexts(m_metainfo, QStringLiteral("binary")), QStringList{QStringLiteral("cutover-planner")});
    QVERIFY(elementTexts(m_metainfo, QStringLiteral("screenshot")).size() >= 1);
    QVERIFY(!elementTexts(m_metainfo, QStringLiteral("release")).isEmpty());
}

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "test_desktopintegration.moc"
