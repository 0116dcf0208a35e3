// SPDX-License-Identifier: GPL-3.0-or-later
// A short, deterministic fuzz run that is part of the normal test suite (any compiler): the
// stored corpus and the samples, plus thousands of mutations of them, through every parser.
// The plan readers get their seeds and mutations too, and every input libFuzzer ever crashed
// on (tests/fuzz/regressions/<target>/) is replayed through the target that found it.
// A broken contract aborts inside fuzzOneInput(); the test passes when every input was handled.
#include "fuzzinput.h"
#include "interopinput.h"
#include "planinput.h"

#include "importers/importer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace cutover;

namespace {

/** A small deterministic generator (xorshift) so every run tries the same inputs. */
struct Random
{
    quint64 state = 0x9E3779B97F4A7C15ull;
    quint64 next()
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
    qsizetype below(qsizetype n) { return n <= 0 ? 0 : qsizetype(next() % quint64(n)); }
};

QByteArray mutate(const QByteArray &input, Random &rnd)
{
    static const QByteArray tokens[] = {"\"", ",", ";", "\t", "\n", "\r\n", "{", "}", "[", "]", ":", "null", "NaN",
                                        "-", "1e999", "\xEF\xBB\xBF", "\xFF\xFE", "\x00", "\\u", "24/13/2026",
                                        "2026-10-25 01:30:00", "sep=;", "\xC3", "9999999999999999999999"};
    QByteArray out = input;
    const int edits = 1 + int(rnd.below(4));
    for (int e = 0; e < edits; ++e) {
        const qsizetype at = rnd.below(out.size() + 1);
        switch (rnd.below(6)) {
        case 0: // flip a byte
            if (!out.isEmpty())
                out[qMin(at, out.size() - 1)] = char(rnd.next());
            break;
        case 1: // truncate
            out.truncate(at);
            break;
        case 2: { // insert a token
            const QByteArray &t = tokens[rnd.below(std::size(tokens))];
            out.insert(at, t.isEmpty() ? QByteArray(1, '\0') : t);
            break;
        }
        case 3: // delete a span
            out.remove(at, rnd.below(64));
            break;
        case 4: { // duplicate a span
            const QByteArray span = out.mid(at, rnd.below(256));
            out.insert(rnd.below(out.size() + 1), span);
            break;
        }
        default: // nest deeply
            out.insert(at, QByteArray(int(rnd.below(600)), rnd.below(2) ? '[' : '{'));
            break;
        }
    }
    return out;
}

} // namespace

class TestFuzzSmoke : public QObject
{
    Q_OBJECT

private slots:
    void corpusAndMutations();
    void planReaders();
    void exchangeReaders();
    void regressions();
};

void TestFuzzSmoke::corpusAndMutations()
{
    QList<QByteArray> seeds;
    for (const QString &root : {QStringLiteral(CUTOVER_SOURCE_DIR "/tests/fuzz/corpus"), QStringLiteral(CUTOVER_SAMPLES_DIR)}) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            seeds << f.readAll();
        }
    }
    QVERIFY(seeds.size() >= 30);
    QStringList formats{QString()};
    for (const ImportFormat &f : Importer::formats())
        formats << f.id;

    // Every seed through every parser.
    int runs = 0;
    for (const QByteArray &seed : std::as_const(seeds)) {
        for (const QString &format : std::as_const(formats)) {
            fuzzOneInput(reinterpret_cast<const uint8_t *>(seed.constData()), size_t(seed.size()), format);
            ++runs;
        }
    }
    // Mutations: small seeds (cut to 8 KB so the run stays short), detection and a forced parser.
    Random rnd;
    for (int i = 0; i < 20000; ++i) {
        const QByteArray seed = seeds[rnd.below(seeds.size())].left(8192);
        const QByteArray input = mutate(seed, rnd);
        const QString &format = formats[rnd.below(formats.size())];
        fuzzOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()), format);
        ++runs;
    }
    QVERIFY(runs > 20000);
}

namespace {

QList<QByteArray> filesIn(const QString &folder)
{
    QList<QByteArray> out;
    QDirIterator it(folder, QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            out << f.readAll();
    }
    return out;
}

} // namespace

void TestFuzzSmoke::planReaders()
{
    const QString corpus = QStringLiteral(CUTOVER_SOURCE_DIR "/tests/fuzz/corpus/");
    const QList<QByteArray> json = filesIn(corpus + QStringLiteral("planjson"));
    const QList<QByteArray> files = filesIn(corpus + QStringLiteral("planfile"));
    QVERIFY(json.size() >= 3);
    QVERIFY(!files.isEmpty());
    Random rnd;
    for (const QByteArray &seed : json)
        fuzzPlanJson(reinterpret_cast<const uint8_t *>(seed.constData()), size_t(seed.size()));
    for (int i = 0; i < 3000; ++i) {
        const QByteArray input = mutate(json[rnd.below(json.size())], rnd);
        fuzzPlanJson(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    }
    // Each .cutover input is a file written and opened with SQLite: fewer, but every seed.
    for (const QByteArray &seed : files)
        fuzzPlanFile(reinterpret_cast<const uint8_t *>(seed.constData()), size_t(seed.size()));
    for (int i = 0; i < 200; ++i) {
        const QByteArray input = mutate(files[rnd.below(files.size())], rnd);
        fuzzPlanFile(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    }
}

void TestFuzzSmoke::exchangeReaders()
{
    const QString corpus = QStringLiteral(CUTOVER_SOURCE_DIR "/tests/fuzz/corpus/");
    const QList<QByteArray> xml = filesIn(corpus + QStringLiteral("mspdi"));
    const QList<QByteArray> csv = filesIn(corpus + QStringLiteral("runbookcsv"));
    QVERIFY(xml.size() >= 2);
    QVERIFY(csv.size() >= 2);
    Random rnd;
    for (const QByteArray &seed : xml)
        fuzzMspdi(reinterpret_cast<const uint8_t *>(seed.constData()), size_t(seed.size()));
    for (const QByteArray &seed : csv)
        fuzzRunbookCsv(reinterpret_cast<const uint8_t *>(seed.constData()), size_t(seed.size()));
    for (int i = 0; i < 1500; ++i) {
        const QByteArray a = mutate(xml[rnd.below(xml.size())], rnd);
        fuzzMspdi(reinterpret_cast<const uint8_t *>(a.constData()), size_t(a.size()));
        const QByteArray b = mutate(csv[rnd.below(csv.size())], rnd);
        fuzzRunbookCsv(reinterpret_cast<const uint8_t *>(b.constData()), size_t(b.size()));
    }
}

void TestFuzzSmoke::regressions()
{
    // One folder per fuzz target: a format id, "detect", "planjson", "planfile", "mspdi" or "runbookcsv".
    const QDir root(QStringLiteral(CUTOVER_SOURCE_DIR "/tests/fuzz/regressions"));
    QVERIFY(root.exists());
    QStringList ids{QStringLiteral("detect"), QStringLiteral("planjson"), QStringLiteral("planfile"), QStringLiteral("mspdi"),
                    QStringLiteral("runbookcsv")};
    for (const ImportFormat &f : Importer::formats())
        ids << f.id;
    for (const QString &target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QVERIFY2(ids.contains(target), qPrintable(QStringLiteral("regressions/%1 is not a fuzz target").arg(target)));
        for (const QByteArray &input : filesIn(root.filePath(target))) {
            const auto *data = reinterpret_cast<const uint8_t *>(input.constData());
            if (target == QLatin1String("planjson"))
                fuzzPlanJson(data, size_t(input.size()));
            else if (target == QLatin1String("planfile"))
                fuzzPlanFile(data, size_t(input.size()));
            else if (target == QLatin1String("mspdi"))
                fuzzMspdi(data, size_t(input.size()));
            else if (target == QLatin1String("runbookcsv"))
                fuzzRunbookCsv(data, size_t(input.size()));
            else
                fuzzOneInput(data, size_t(input.size()), target == QLatin1String("detect") ? QString() : target);
        }
    }
}

QTEST_GUILESS_MAIN(TestFuzzSmoke)
#include "test_fuzzsmoke.moc"
