// SPDX-License-Identifier: GPL-3.0-or-later
// CAD underlays: the DXF reader's segments, the two-point scale, snapping, the named operations and undo.
#include "commands/underlayedits.h"
#include "plan/planfiller.h"
#include "underlay/dxfreader.h"
#include "underlay/underlaygeometry.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

using namespace rw;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(RW_TEST_FIXTURES "/underlay/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool near(QPointF a, QPointF b, double tolerance = 1e-9)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

/// A plan with one 40 m x 30 m hall, id 1.
void buildHallPlan(Plan &plan)
{
    Hall hall;
    hall.id = 1;
    hall.name = QStringLiteral("Hall 1");
    hall.widthM = 40;
    hall.depthM = 30;
    PlanFiller(plan).insert(hall);
}

}  // namespace

class TestUnderlay : public QObject {
    Q_OBJECT
private slots:
    void dxfGivesTheDrawnSegments();
    void dxfRefusals_data();
    void dxfRefusals();
    void dxfArcAnglesAreDirections_data();
    void dxfArcAnglesAreDirections();
    void twoPointScale();
    void hallCoordinatesRoundTrip();
    void snapsToEndsThenLines();
    void importScaleFadeRemoveAreUndoable();
    void importRefusesWhatItCannotRead();
    void tracesWallsAlongTheAxes();
};

void TestUnderlay::dxfGivesTheDrawnSegments()
{
    std::vector<QLineF> segments;
    QString error;
    QVERIFY2(DxfReader::read(fixture("hall.dxf"), QStringLiteral("hall.dxf"), &segments, &error), qPrintable(error));
    // 1 line + 4 edges of the closed column + 18 chords of the quarter arc + 72 of the circle + 36 of the bulge;
    // the block's line is not drawn (only its reference would place it), nor is the text.
    QCOMPARE(int(segments.size()), 1 + 4 + 18 + 72 + 36);
    QCOMPARE(segments[0], QLineF(0, 0, 10, 0));
    QCOMPARE(segments[1], QLineF(20, 0, 20.6, 0));
    QVERIFY(near(segments[4].p2(), QPointF(20, 0)));  // closed: back to the first vertex
    // The arc starts at (5, 0) and ends at (0, 5); every chord end lies on the circle.
    QVERIFY(near(segments[5].p1(), QPointF(5, 0), 1e-9));
    QVERIFY(near(segments[22].p2(), QPointF(0, 5), 1e-9));
    for (int i = 5; i <= 22; ++i)
        QVERIFY(std::abs(std::hypot(segments[std::size_t(i)].x2(), segments[std::size_t(i)].y2()) - 5.0) < 1e-9);
    // The circle closes on itself.
    QVERIFY(near(segments[23].p1(), segments[94].p2(), 1e-9));
    // The bulge of 1 is a half circle from (40, 0) to (42, 0), counter-clockwise in the drawing (y up), so through
    // (41, -1) below the chord; it ends exactly on the next vertex.
    QVERIFY(near(segments[95].p1(), QPointF(40, 0), 1e-9));
    QCOMPARE(segments.back().p2(), QPointF(42, 0));
    QVERIFY(near(segments[95 + 17].p2(), QPointF(41, -1), 1e-9));
}

void TestUnderlay::dxfRefusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not a DXF") << QByteArray("PK\x03\x04 zip") << QStringLiteral("not a DXF");
    QTest::newRow("binary DXF") << QByteArray("AutoCAD Binary DXF\r\n\x1a") << QStringLiteral("not a DXF");
    QTest::newRow("only text") << QByteArray(
        "  0\nSECTION\n  2\nENTITIES\n  0\nTEXT\n  8\n0\n 10\n1\n 20\n1\n 40\n1\n  1\nA\n  0\nENDSEC\n  0\nEOF\n")
                               << QStringLiteral("no lines");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not a DXF");
}

void TestUnderlay::dxfRefusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    std::vector<QLineF> segments { QLineF(1, 2, 3, 4) };
    QString error;
    QVERIFY(!DxfReader::read(bytes, QStringLiteral("bad.dxf"), &segments, &error));
    QVERIFY2(error.contains(mentions) && error.contains(QLatin1String("bad.dxf")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(segments.size(), std::size_t(1));  // left as it was
}

void TestUnderlay::dxfArcAnglesAreDirections_data()
{
    // An ARC of radius 5 at the origin from angle1 to angle2 (degrees): whole turns in either angle change
    // nothing. The fuzzer found that -1e78 looped for ever and 1e78 overflowed the chord count.
    QTest::addColumn<double>("angle1");
    QTest::addColumn<double>("angle2");
    QTest::addColumn<int>("chords");
    QTest::newRow("quarter") << 0.0 << 90.0 << 18;
    QTest::newRow("quarter, turns added") << 720.0 << -630.0 << 18;
    QTest::newRow("clockwise written") << 90.0 << 0.0 << 54;  // counter-clockwise from 90 to 360
    QTest::newRow("equal: whole circle") << 30.0 << 30.0 << 72;
    QTest::newRow("huge") << 0.0 << 1.93333e78 << -1;
    QTest::newRow("huge negative") << 1.93333e78 << -1.93333e78 << -1;
}

void TestUnderlay::dxfArcAnglesAreDirections()
{
    QFETCH(double, angle1);
    QFETCH(double, angle2);
    QFETCH(int, chords);
    const QByteArray dxf = QStringLiteral("  0\nSECTION\n  2\nENTITIES\n  0\nARC\n  8\n0\n 10\n0\n 20\n0\n 40\n5\n"
                                          " 50\n%1\n 51\n%2\n  0\nENDSEC\n  0\nEOF\n")
                               .arg(angle1, 0, 'g', 17)
                               .arg(angle2, 0, 'g', 17)
                               .toLatin1();
    std::vector<QLineF> segments;
    QString error;
    QVERIFY2(DxfReader::read(dxf, QStringLiteral("arc.dxf"), &segments, &error), qPrintable(error));
    QVERIFY(!segments.empty() && segments.size() <= 72);
    if (chords > 0)
        QCOMPARE(int(segments.size()), chords);
    for (const QLineF &chord : segments)
        QVERIFY(std::abs(std::hypot(chord.x2(), chord.y2()) - 5.0) < 1e-6);
    if (chords == 18) {
        QVERIFY(near(segments.front().p1(), QPointF(5, 0), 1e-9));
        QVERIFY(near(segments.back().p2(), QPointF(0, 5), 1e-9));
    }
}

void TestUnderlay::twoPointScale()
{
    // 3-4-5: the points lie 5 units apart; 12.5 m between them is 2.5 m per unit.
    QCOMPARE(*UnderlayGeometry::scaleFromTwoPoints(QPointF(1, 1), QPointF(4, 5), 12.5), 2.5);
    QVERIFY(!UnderlayGeometry::scaleFromTwoPoints(QPointF(1, 1), QPointF(1, 1), 3.0));
    QVERIFY(!UnderlayGeometry::scaleFromTwoPoints(QPointF(0, 0), QPointF(1, 0), 0.0));
    QVERIFY(!UnderlayGeometry::scaleFromTwoPoints(QPointF(0, 0), QPointF(1, 0), -2.0));

    Underlay u;
    u.originXM = 3, u.originYM = 20, u.metresPerUnit = 0.001, u.flipY = true;  // a drawing in millimetres
    const QPointF a(1000, 2000), b(1000, 6000);  // 4,000 mm apart as drawn
    const QPointF aBefore = UnderlayGeometry::toHall(u, a);
    const std::optional<Underlay> scaled = UnderlayGeometry::scaledByTwoPoints(u, a, b, 8.0);
    QVERIFY(scaled);
    QCOMPARE(scaled->metresPerUnit, 0.002);
    QVERIFY(near(UnderlayGeometry::toHall(*scaled, a), aBefore, 1e-9));  // the first point stays
    QVERIFY(std::abs(QLineF(UnderlayGeometry::toHall(*scaled, a), UnderlayGeometry::toHall(*scaled, b)).length() - 8.0)
        < 1e-9);
}

void TestUnderlay::hallCoordinatesRoundTrip()
{
    Underlay u;
    u.originXM = 2, u.originYM = 30, u.metresPerUnit = 0.5, u.flipY = true;
    QCOMPARE(UnderlayGeometry::toHall(u, QPointF(4, 10)), QPointF(4, 25));  // y up in the drawing, down on screen
    QCOMPARE(UnderlayGeometry::toDrawing(u, QPointF(4, 25)), QPointF(4, 10));
    u.flipY = false;
    QCOMPARE(UnderlayGeometry::toHall(u, QPointF(4, 10)), QPointF(4, 35));
    QCOMPARE(UnderlayGeometry::toDrawing(u, QPointF(4, 35)), QPointF(4, 10));
}

void TestUnderlay::snapsToEndsThenLines()
{
    Underlay u;
    u.metresPerUnit = 1, u.flipY = false;
    const std::vector<QLineF> segments { QLineF(0, 0, 10, 0), QLineF(10, 0, 10, 8) };
    // Near the corner: the end point wins over a nearer point on a line.
    QCOMPARE(*UnderlayGeometry::snap(u, segments, QPointF(9.7, 0.1), 0.5), QPointF(10, 0));
    // Along a line, away from its ends: the nearest point on it.
    QCOMPARE(*UnderlayGeometry::snap(u, segments, QPointF(5, 0.3), 0.5), QPointF(5, 0));
    QVERIFY(!UnderlayGeometry::snap(u, segments, QPointF(5, 2), 0.5));
}

void TestUnderlay::importScaleFadeRemoveAreUndoable()
{
    Plan plan;
    buildHallPlan(plan);
    QUndoStack stack;
    PlanEditor editor(plan, stack);

    const EditResult imported
        = UnderlayEdits::import(editor, 1, fixture("hall.dxf"), QStringLiteral("/plans/hall.dxf"));
    QVERIFY2(imported.ok, qPrintable(imported.error));
    QCOMPARE(stack.undoText(), QStringLiteral("Import underlay hall.dxf"));
    const Underlay *u = plan.find<Underlay>(imported.id);
    QVERIFY(u);
    QCOMPARE(u->format, UnderlayFormat::Dxf);
    QCOMPARE(u->name, QStringLiteral("hall.dxf"));
    std::vector<QLineF> segments;
    QString error;
    QVERIFY(UnderlayGeometry::parseSegments(u->content, &segments, &error));
    QCOMPARE(int(segments.size()), 131);
    const QString content = u->content;

    // The wall line is drawn as 10 units; it is 20 m long.
    QVERIFY(UnderlayEdits::scaleByTwoPoints(editor, imported.id, QPointF(0, 0), QPointF(10, 0), 20.0).ok);
    QCOMPARE(stack.undoText(), QStringLiteral("Scale underlay"));
    QCOMPARE(plan.find<Underlay>(imported.id)->metresPerUnit, 2.0);
    QVERIFY(!UnderlayEdits::scaleByTwoPoints(editor, imported.id, QPointF(0, 0), QPointF(0, 0), 20.0).ok);

    // A slider drag: many opacity steps, one undo step.
    const int before = stack.count();
    for (double opacity : { 0.4, 0.3, 0.25 })
        QVERIFY(UnderlayEdits::setOpacity(editor, imported.id, opacity).ok);
    QCOMPARE(stack.count(), before + 1);
    QCOMPARE(plan.find<Underlay>(imported.id)->opacity, 0.25);
    QVERIFY(!UnderlayEdits::setOpacity(editor, imported.id, 1.5).ok);

    QVERIFY(UnderlayEdits::moveTo(editor, imported.id, QPointF(1, 2)).ok);
    QVERIFY(UnderlayEdits::remove(editor, imported.id).ok);
    QVERIFY(!plan.find<Underlay>(imported.id));

    stack.undo();  // remove
    stack.undo();  // move
    stack.undo();  // opacity
    QCOMPARE(plan.find<Underlay>(imported.id)->opacity, 0.5);
    stack.undo();  // scale
    QCOMPARE(plan.find<Underlay>(imported.id)->metresPerUnit, 1.0);
    stack.undo();  // import
    QVERIFY(plan.all<Underlay>().empty());
    stack.redo();
    QCOMPARE(plan.find<Underlay>(imported.id)->content, content);
    QCOMPARE(int(plan.all<Underlay>().size()), 1);
}

void TestUnderlay::importRefusesWhatItCannotRead()
{
    Plan plan;
    buildHallPlan(plan);
    QUndoStack stack;
    PlanEditor editor(plan, stack);
    QVERIFY(!UnderlayEdits::import(editor, 1, QByteArray("not a drawing"), QStringLiteral("x.dxf")).ok);
    QVERIFY(!UnderlayEdits::import(editor, 1, QByteArray("not a picture"), QStringLiteral("x.png")).ok);
    const EditResult pdf = UnderlayEdits::import(editor, 1, QByteArray("%PDF-1.7"), QStringLiteral("x.pdf"));
    QVERIFY(!pdf.ok);
    QVERIFY2(pdf.error.contains(QLatin1String("PNG")), qPrintable(pdf.error));
    QVERIFY(!UnderlayEdits::import(editor, 99, fixture("hall.dxf"), QStringLiteral("hall.dxf")).ok);  // no such hall
    QCOMPARE(stack.count(), 0);
    QVERIFY(plan.all<Underlay>().empty());

    QImage picture(40, 30, QImage::Format_RGB32);
    picture.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(picture.save(&buffer, "PNG"));
    const EditResult imported = UnderlayEdits::import(editor, 1, png, QStringLiteral("scan.png"));
    QVERIFY2(imported.ok, qPrintable(imported.error));
    const Underlay *u = plan.find<Underlay>(imported.id);
    QCOMPARE(u->format, UnderlayFormat::Png);
    QVERIFY(!u->flipY);
    QCOMPARE(QByteArray::fromBase64(u->content.toLatin1()), png);
    // Walls are traced from lines, not from pictures.
    QVERIFY(!UnderlayEdits::traceWalls(editor, imported.id, 0.2, 0.5).ok);
}

void TestUnderlay::tracesWallsAlongTheAxes()
{
    Plan plan;
    buildHallPlan(plan);
    QUndoStack stack;
    PlanEditor editor(plan, stack);
    const EditResult imported = UnderlayEdits::import(editor, 1, fixture("hall.dxf"), QStringLiteral("hall.dxf"));
    QVERIFY(imported.ok);
    // Place the drawing so that its origin is 2 m into the hall and 10 m down: y up in the drawing.
    QVERIFY(UnderlayEdits::moveTo(editor, imported.id, QPointF(2, 10)).ok);
    QVERIFY(UnderlayEdits::traceWalls(editor, imported.id, 0.2, 1.0).ok);
    QCOMPARE(stack.undoText(), QStringLiteral("Trace walls from underlay"));
    // Only the 10 m line is long enough and along an axis (the column's edges are 0.6 m, arcs are chords).
    std::vector<Obstacle> walls;
    for (const auto &[id, obstacle] : plan.all<Obstacle>())
        walls.push_back(obstacle);
    QCOMPARE(int(walls.size()), 1);
    QCOMPARE(walls[0].kind, ObstacleKind::Wall);
    QVERIFY(std::abs(walls[0].xM - 7.0) < 1e-9);  // centre of 2..12 m
    QVERIFY(std::abs(walls[0].yM - 10.0) < 1e-9);
    QVERIFY(std::abs(walls[0].widthM - 10.0) < 1e-9);
    QVERIFY(std::abs(walls[0].depthM - 0.2) < 1e-9);
    stack.undo();
    QVERIFY(plan.all<Obstacle>().empty());
}

QTEST_GUILESS_MAIN(TestUnderlay)
#include "tst_underlay.moc"
