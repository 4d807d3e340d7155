// SPDX-License-Identifier: GPL-3.0-or-later
// CAD underlays: the DXF reader's segments, the two-point scale, snapping, the named operations and undo.
#include "commands/underlayedits.h"
#include "plan/planfiller.h"
#include "underlay/columnfinder.h"
#include "underlay/dxfreader.h"
#include "underlay/pagerenderer.h"
#include "underlay/underlaygeometry.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>
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
    void findsClosedSmallFiguresAsColumns();
    void tracesColumnsOnceAsOneUndoStep();
    void tracesTheDataHallDrawing();
    void svgPageBecomesAPicture();
    void pdfPageBecomesAPicture();
    void brokenPagesAreRefused();
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
    // dxflib would allocate what the count says (found by fuzz_dxf: 266666666666660 vertices).
    QTest::newRow("vertex count beyond the file")
        << QByteArray("  0\nSECTION\n  2\nENTITIES\n  0\nLWPOLYLINE\n  8\n0\n 90\n266666666666660\n 70\n0\n"
                      " 10\n0\n 20\n0\n 10\n1\n 20\n0\n  0\nENDSEC\n  0\nEOF\n")
        << QStringLiteral("line 10: an entity declares more points");
    QTest::newRow("spline knots beyond the file")
        << QByteArray("  0\nSECTION\n  2\nENTITIES\n  0\nSPLINE\n  8\n0\n 72\n500000000\n  0\nENDSEC\n  0\nEOF\n")
        << QStringLiteral("line 10: an entity declares more points");
    QTest::newRow("leader vertices beyond the file")
        << QByteArray("  0\nSECTION\n  2\nENTITIES\n  0\nLEADER\n  8\n0\n 76\n-5000000000\n  0\nENDSEC\n  0\nEOF\n")
        << QStringLiteral("line 10: an entity declares more points");
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
    QCOMPARE(pdf.error, QStringLiteral("x.pdf is not a readable PDF."));
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

namespace {

/// The closed outline through the corners, in order.
void addOutline(std::vector<QLineF> &segments, const std::vector<QPointF> &corners)
{
    for (std::size_t i = 0; i < corners.size(); ++i)
        segments.emplace_back(corners[i], corners[(i + 1) % corners.size()]);
}

}  // namespace

void TestUnderlay::findsClosedSmallFiguresAsColumns()
{
    std::vector<QLineF> segments;
    // A wall 20 m long that ends on the first column's corner: too long to be part of a figure.
    segments.emplace_back(QPointF(-20, 0), QPointF(0, 0));
    // Column 1: a 0.5 m square with the cross architects draw in it.
    addOutline(segments, { { 0, 0 }, { 0.5, 0 }, { 0.5, 0.5 }, { 0, 0.5 } });
    segments.emplace_back(QPointF(0, 0), QPointF(0.5, 0.5));
    segments.emplace_back(QPointF(0.5, 0), QPointF(0, 0.5));
    // Column 2: round, 0.8 m across, as 24 chords; its end points 0.4 mm off one another (drawn imprecisely).
    std::vector<QPointF> circle;
    for (int i = 0; i < 24; ++i)
        circle.emplace_back(10 + 0.4 * std::cos(i * M_PI / 12), 5 + 0.4 * std::sin(i * M_PI / 12));
    for (std::size_t i = 0; i < circle.size(); ++i)
        segments.emplace_back(circle[i], circle[(i + 1) % circle.size()] + QPointF(0.0004, 0));
    // Column 3: a 0.4 m x 0.9 m rectangle.
    addOutline(segments, { { 20, 0 }, { 20.4, 0 }, { 20.4, 0.9 }, { 20, 0.9 } });
    // Not columns: an open U of 0.5 m, a 3 m square (a shaft), a 5 cm square (a symbol).
    segments.emplace_back(QPointF(30, 0), QPointF(30, 0.5));
    segments.emplace_back(QPointF(30, 0.5), QPointF(30.5, 0.5));
    segments.emplace_back(QPointF(30.5, 0.5), QPointF(30.5, 0));
    addOutline(segments, { { 40, 0 }, { 43, 0 }, { 43, 3 }, { 40, 3 } });
    addOutline(segments, { { 50, 0 }, { 50.05, 0 }, { 50.05, 0.05 }, { 50, 0.05 } });

    std::vector<QRectF> columns = ColumnFinder::find(segments, 0.1, 1.5);
    std::sort(columns.begin(), columns.end(), [](const QRectF &a, const QRectF &b) { return a.x() < b.x(); });
    QCOMPARE(int(columns.size()), 3);
    QVERIFY(near(columns[0].topLeft(), QPointF(0, 0)) && near(columns[0].bottomRight(), QPointF(0.5, 0.5)));
    QVERIFY(near(columns[1].center(), QPointF(10, 5), 1e-3));
    QVERIFY(std::abs(columns[1].width() - 0.8) < 1e-3 && std::abs(columns[1].height() - 0.8) < 0.02);
    QVERIFY(near(columns[2].topLeft(), QPointF(20, 0)) && near(columns[2].bottomRight(), QPointF(20.4, 0.9)));
    // The shaft counts once its size is allowed.
    QCOMPARE(int(ColumnFinder::find(segments, 0.1, 3.0).size()), 4);
}

void TestUnderlay::tracesColumnsOnceAsOneUndoStep()
{
    Plan plan;
    buildHallPlan(plan);
    QUndoStack stack;
    PlanEditor editor(plan, stack);
    const EditResult imported = UnderlayEdits::import(editor, 1, fixture("hall.dxf"), QStringLiteral("hall.dxf"));
    QVERIFY(imported.ok);
    QVERIFY(UnderlayEdits::moveTo(editor, imported.id, QPointF(2, 10)).ok);
    const int steps = stack.count();
    // The fixture's closed figures: the 0.6 m column outline and a circle 2 m across, which lies outside the
    // hall here (its centre is 20 m north of the hall's edge); the arc and the bulged polyline are open.
    QVERIFY(UnderlayEdits::traceColumns(editor, imported.id, 0.1, 2.5).ok);
    QCOMPARE(stack.count(), steps + 1);
    QCOMPARE(stack.undoText(), QStringLiteral("Trace columns from underlay"));
    QCOMPARE(int(plan.all<Obstacle>().size()), 1);
    const Obstacle column = plan.all<Obstacle>().begin()->second;
    QCOMPARE(column.kind, ObstacleKind::Column);
    QVERIFY(std::abs(column.xM - 22.3) < 1e-9 && std::abs(column.yM - 9.7) < 1e-9);
    QVERIFY(std::abs(column.widthM - 0.6) < 1e-9 && std::abs(column.depthM - 0.6) < 1e-9);
    QCOMPARE(column.heightM, 0.0);  // floor to ceiling
    // Tracing again finds only that column: refused, nothing added.
    const EditResult again = UnderlayEdits::traceColumns(editor, imported.id, 0.1, 2.5);
    QVERIFY(!again.ok);
    QCOMPARE(again.error,
        QStringLiteral("The drawing has no closed figure inside the hall that is a new column of that size."));
    QCOMPARE(stack.count(), steps + 1);
    QVERIFY(!UnderlayEdits::traceColumns(editor, imported.id, 0.5, 0.2).ok);
    stack.undo();
    QVERIFY(plan.all<Obstacle>().empty());
}

void TestUnderlay::tracesTheDataHallDrawing()
{
    // data-hall.dxf: a 36 m x 24 m hall in world coordinates (x from 4680 m, y from 1250 m), double wall lines
    // with a door, a partition, grid lines across the hall, a 4 x 2 grid of square columns with crosses and two
    // round ones.
    Plan plan;
    Hall hall;
    hall.id = 1;
    hall.name = QStringLiteral("Hall 1");
    hall.widthM = 36;
    hall.depthM = 24;
    PlanFiller(plan).insert(hall);
    QUndoStack stack;
    PlanEditor editor(plan, stack);
    const EditResult imported
        = UnderlayEdits::import(editor, 1, fixture("data-hall.dxf"), QStringLiteral("data-hall.dxf"));
    QVERIFY2(imported.ok, qPrintable(imported.error));
    // The inner north-west corner of the walls on the hall's origin (y down in the hall, up in the drawing).
    QVERIFY(UnderlayEdits::moveTo(editor, imported.id, QPointF(-4680, 1250 + 24)).ok);
    QVERIFY(UnderlayEdits::traceColumns(editor, imported.id, 0.1, 1.5).ok);
    std::vector<QPointF> centres;
    for (const auto &[id, o] : plan.all<Obstacle>()) {
        QCOMPARE(o.kind, ObstacleKind::Column);
        centres.push_back(QPointF(o.xM, o.yM));
        const double side = o.widthM;
        QVERIFY2(std::abs(side - 0.6) < 1e-6 || std::abs(side - 0.5) < 1e-6, qPrintable(QString::number(side)));
    }
    QCOMPARE(int(centres.size()), 10);
    for (const double x : { 7.2, 14.4, 21.6, 28.8 })
        for (const double y : { 8.0, 16.0 })
            QVERIFY2(std::any_of(
                         centres.begin(), centres.end(), [&](QPointF c) { return near(c, QPointF(x, 24 - y), 1e-6); }),
                qPrintable(QStringLiteral("%1 %2").arg(x).arg(y)));
    QVERIFY(std::any_of(centres.begin(), centres.end(), [](QPointF c) { return near(c, QPointF(3, 12), 1e-6); }));
    QVERIFY(std::any_of(centres.begin(), centres.end(), [](QPointF c) { return near(c, QPointF(33, 4), 1e-6); }));
}

namespace {

/// A 10 in x 5 in SVG (960 x 480 user units of 1/96 in): a black frame and a grey column.
QByteArray svgPage()
{
    return QByteArrayLiteral("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"960\" "
                             "height=\"480\" viewBox=\"0 0 960 480\"><rect x=\"10\" y=\"10\" width=\"940\" "
                             "height=\"460\" fill=\"none\" stroke=\"black\" stroke-width=\"4\"/><rect "
                             "x=\"100\" y=\"100\" width=\"24\" height=\"24\" fill=\"#808080\"/></svg>\n");
}

/// A PDF of two pages of 4 in x 2 in, the second with a black square in its top left quarter.
QByteArray pdfPages()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QSizeF(4, 2), QPageSize::Inch));
        writer.setPageMargins(QMarginsF());
        writer.setResolution(72);
        QPainter painter(&writer);
        painter.drawRect(QRectF(10, 10, 100, 50));
        writer.newPage();
        painter.fillRect(QRectF(0, 0, 144, 72), Qt::black);
    }
    return bytes;
}

QImage storedPicture(const Underlay &u)
{
    QImage image;
    image.loadFromData(QByteArray::fromBase64(u.content.toLatin1()), "PNG");
    return image;
}

}  // namespace

void TestUnderlay::svgPageBecomesAPicture()
{
    Plan plan;
    buildHallPlan(plan);
    QUndoStack stack;
    PlanEditor editor(plan, stack);
    const EditResult imported = UnderlayEdits::import(editor, 1, svgPage(), QStringLiteral("/plans/Hall A.svg"));
    QVERIFY2(imported.ok, qPrintable(imported.error));
    const Underlay &u = *plan.find<Underlay>(imported.id);
    QCOMPARE(u.name, QStringLiteral("Hall A.svg"));
    QCOMPARE(u.format, UnderlayFormat::Png);
    const QImage picture = storedPicture(u);
    QCOMPARE(picture.size(), QSize(1500, 750));  // 10 in x 5 in at 150 dpi
    QCOMPARE(QColor(picture.pixel(0, 0)), QColor(Qt::white));  // drawn on paper
    QVERIFY(qGray(picture.pixel(int(112 * 150 / 96.0), int(112 * 150 / 96.0))) < 160);  // the grey column
    // Taken as 1:100 until scaled: 10 in on paper are 25.4 m in the hall.
    QVERIFY(std::abs(u.metresPerUnit * picture.width() - 25.4) < 0.01);
    QString error;
    QVERIFY2(UnderlayGeometry::checkContent(u, &error), qPrintable(error));
    stack.undo();
    QVERIFY(plan.all<Underlay>().empty());
}

void TestUnderlay::pdfPageBecomesAPicture()
{
    Plan plan;
    buildHallPlan(plan);
    QUndoStack stack;
    PlanEditor editor(plan, stack);
    const QByteArray pdf = pdfPages();
    QCOMPARE(PageRenderer::pdfPageCount(pdf), 2);
    const EditResult imported = UnderlayEdits::import(editor, 1, pdf, QStringLiteral("plans.pdf"), 2);
    QVERIFY2(imported.ok, qPrintable(imported.error));
    const Underlay &u = *plan.find<Underlay>(imported.id);
    QCOMPARE(u.name, QStringLiteral("plans.pdf, page 2"));
    const QImage picture = storedPicture(u);
    QCOMPARE(picture.size(), QSize(600, 300));  // 4 in x 2 in at 150 dpi
    QVERIFY(qGray(picture.pixel(100, 50)) < 60);  // the black quarter
    QVERIFY(qGray(picture.pixel(500, 250)) > 200);  // white paper, not transparent black
    QVERIFY(std::abs(u.metresPerUnit * picture.width() - 10.16) < 0.01);
}

void TestUnderlay::brokenPagesAreRefused()
{
    Plan plan;
    buildHallPlan(plan);
    QUndoStack stack;
    PlanEditor editor(plan, stack);
    EditResult r = UnderlayEdits::import(editor, 1, QByteArrayLiteral("<svg><rect"), QStringLiteral("bad.svg"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("bad.svg is not a readable SVG drawing."));
    r = UnderlayEdits::import(editor, 1, QByteArrayLiteral("%PDF-1.4\nnothing else"), QStringLiteral("bad.pdf"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("bad.pdf is not a readable PDF."));
    r = UnderlayEdits::import(editor, 1, pdfPages(), QStringLiteral("plans.pdf"), 3);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("plans.pdf has no page 3; its last page is 2."));
    r = UnderlayEdits::import(editor, 1, QByteArrayLiteral("x"), QStringLiteral("plan.dwg"));
    QCOMPARE(r.error, QStringLiteral("plan.dwg: underlays are read from DXF, SVG, PDF, PNG or JPEG files."));
    QCOMPARE(stack.count(), 0);
    QVERIFY(plan.all<Underlay>().empty());
}

QTEST_GUILESS_MAIN(TestUnderlay)
#include "tst_underlay.moc"
