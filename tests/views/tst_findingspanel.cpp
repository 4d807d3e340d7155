// SPDX-License-Identifier: GPL-3.0-or-later
// Findings on the drawing: racks with layout problems are framed in red at every zoom, also under what
// they collide with, and clicking a finding selects and centres the entity it is about (racks, devices
// by their rack, cooling units, power nodes in the power chain, halls).
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/rackitem.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "panels/findingspanel.h"
#include "plan/planfiller.h"
#include "powerchain/onelinescene.h"
#include "powerchain/powerchainpanel.h"

#include <QDockWidget>
#include <QListWidget>
#include <QtTest>

using namespace rw;

namespace {

struct Ids {
    Id hall = kNoId, secondHall = kNoId;
    Id clashA = kNoId, clashB = kNoId, underUnit = kNoId, withDevices = kNoId;
    Id unit = kNoId, strayNode = kNoId, device = kNoId;
};

Rack rackAt(Plan &plan, Id hall, const QString &name, double x, double y)
{
    Rack rack;
    rack.id = plan.allocateId();
    rack.hallId = hall;
    rack.name = name;
    rack.xM = x;
    rack.yM = y;
    PlanFiller(plan).insert(rack);
    return rack;
}

/// Two racks that collide, one with a cooling unit standing on it, one with two devices in one unit,
/// a cooling unit whose return is not above its supply, a power node in a hall that does not exist.
Ids buildFaultyPlan(Plan &plan)
{
    Ids ids;
    Hall hall;
    hall.id = ids.hall = plan.allocateId();
    hall.name = QStringLiteral("Test hall");
    hall.widthM = 30;
    hall.depthM = 24;
    PlanFiller(plan).insert(hall);
    Hall second;
    second.id = ids.secondHall = plan.allocateId();
    second.name = QStringLiteral("Second hall");
    second.widthM = 10;
    second.depthM = 10;
    PlanFiller(plan).insert(second);
    ids.clashA = rackAt(plan, ids.hall, QStringLiteral("R-clash-1"), 5.0, 5.0).id;
    ids.clashB = rackAt(plan, ids.hall, QStringLiteral("R-clash-2"), 5.3, 5.0).id;
    ids.underUnit = rackAt(plan, ids.hall, QStringLiteral("R-under"), 20.0, 15.0).id;
    ids.withDevices = rackAt(plan, ids.hall, QStringLiteral("R-devices"), 12.0, 20.0).id;
    CoolingUnit unit;
    unit.id = ids.unit = plan.allocateId();
    unit.hallId = ids.hall;
    unit.name = QStringLiteral("CU-on-rack");
    unit.xM = 20.0;
    unit.yM = 15.0;
    unit.widthM = 2.0;
    unit.depthM = 2.0;
    unit.capacityKw = 100;
    unit.airflowM3PerH = 20000;
    unit.supplyTempC = 25;
    unit.returnTempC = 25;  // not above the supply: an error
    PlanFiller(plan).insert(unit);
    DeviceType type;
    type.key = QStringLiteral("test-2u");
    type.model = QStringLiteral("Test 2U");
    type.heightU = 2;
    type.maxPowerW = 500;
    type.typicalPowerW = 300;
    type.weightKg = 20;
    type.depthMm = 800;
    PlanFiller(plan).insert(type);
    for (int n = 0; n < 2; ++n) {
        MountedDevice device;
        device.id = plan.allocateId();
        device.rackId = ids.withDevices;
        device.typeKey = type.key;
        device.positionU = 10 + n;  // the second overlaps the first
        PlanFiller(plan).insert(device);
        ids.device = device.id;
    }
    PowerNode node;
    node.id = ids.strayNode = plan.allocateId();
    node.name = QStringLiteral("PDU-stray");
    node.hallId = 4242;  // no such hall
    node.ratingKw = 100;
    PlanFiller(plan).insert(node);
    return ids;
}

/// Pixels of the warning frame's colour in a viewport grab, within `area` (viewport coordinates).
int warningPixels(const QImage &image, const QRect &area)
{
    const QColor frame = RackItem::kWarningColour;
    int count = 0;
    const QRect clipped = area & image.rect();
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        for (int x = clipped.left(); x <= clipped.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - frame.red()) <= 12 && std::abs(c.green() - frame.green()) <= 12
                && std::abs(c.blue() - frame.blue()) <= 12)
                ++count;
        }
    }
    return count;
}

QListWidgetItem *findingAbout(QListWidget *list, const QString &name)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().contains(name))
            return list->item(row);
    }
    return nullptr;
}

QPointF viewCentre(const FloorPlanView *view)
{
    return view->mapToScene(view->viewport()->rect().center());
}

}  // namespace

class TestFindingsPanel : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(Language::apply(QStringLiteral("en"))); }
    void warningFramesShowAtEveryZoom();
    void clickingAFindingSelectsAndCentres();
    void screenshots();
};

void TestFindingsPanel::warningFramesShowAtEveryZoom()
{
    Plan plan;
    const Ids ids = buildFaultyPlan(plan);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.plan().assign(plan);
    FloorPlanScene *scene = window.floorPlanScene();
    FloorPlanView *view = window.floorPlanView();
    scene->rebuild();
    QCOMPARE(scene->hall(), ids.hall);
    QVERIFY(scene->layoutIssues().size() >= 2);

    // From a whole campus on the screen (3 px per metre) to a close look at one rack (200 px per metre).
    for (Id rackId : { ids.clashA, ids.clashB, ids.underUnit }) {
        QGraphicsItem *item = scene->itemFor({ EntityKind::Rack, rackId });
        QVERIFY(item);
        QVERIFY(static_cast<RackItem *>(item)->hasWarning());
        for (double pixelsPerMetre : { 3.0, 8.0, 20.0, 60.0, 200.0 }) {
            view->resetTransform();
            view->scale(pixelsPerMetre, pixelsPerMetre);
            view->centerOn(item);
            const QImage image = view->viewport()->grab().toImage();
            const QRect onScreen = view->mapFromScene(item->sceneBoundingRect()).boundingRect();
            const QRect rack = view->mapFromScene(QRectF(item->pos() + static_cast<RackItem *>(item)->rect().topLeft(),
                                                      static_cast<RackItem *>(item)->rect().size()))
                                   .boundingRect();
            const int perimeter = 2 * (std::max(1, rack.width()) + std::max(1, rack.height()));
            const int red = warningPixels(image, onScreen.adjusted(-4, -4, 4, 4));
            QVERIFY2(red >= perimeter / 2,
                qPrintable(QStringLiteral("%1 at %2 px/m: %3 frame pixels for a %4 x %5 px rack")
                               .arg(plan.find<Rack>(rackId)->name)
                               .arg(pixelsPerMetre)
                               .arg(red)
                               .arg(rack.width())
                               .arg(rack.height())));
        }
    }
}

void TestFindingsPanel::clickingAFindingSelectsAndCentres()
{
    Plan plan;
    const Ids ids = buildFaultyPlan(plan);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.plan().assign(plan);
    FloorPlanScene *scene = window.floorPlanScene();
    FloorPlanView *view = window.floorPlanView();
    scene->rebuild();
    auto *findingsDock = window.findChild<QDockWidget *>(QStringLiteral("findingsDock"));
    QVERIFY(findingsDock);
    findingsDock->show();
    findingsDock->raise();
    auto *findings = window.findChild<FindingsPanel *>();
    QListWidget *list = findings->list();
    QTRY_VERIFY(findingAbout(list, QStringLiteral("R-under")));

    auto click = [&](const QString &about) {
        QListWidgetItem *item = findingAbout(list, about);
        QVERIFY2(item, qPrintable(about));
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    };
    // Zoomed in on the far corner, so that the finding's rack is off screen until it is centred.
    auto zoomAway = [&] {
        scene->clearSelection();
        view->resetTransform();
        view->scale(80, 80);
        view->centerOn(1, 1);
    };
    auto isCentredOn = [&](const PlanItemRef &ref) {
        QGraphicsItem *item = scene->itemFor(ref);
        return item && QLineF(viewCentre(view), item->sceneBoundingRect().center()).length() < 0.5;
    };

    // A rack: selected and in the middle of the view.
    zoomAway();
    click(QStringLiteral("R-under"));
    QCOMPARE(scene->selectedRefs(), (std::vector<PlanItemRef> { { EntityKind::Rack, ids.underUnit } }));
    QVERIFY(isCentredOn({ EntityKind::Rack, ids.underUnit }));

    // A device: its rack.
    zoomAway();
    click(QStringLiteral("overlaps"));
    QCOMPARE(scene->selectedRefs(), (std::vector<PlanItemRef> { { EntityKind::Rack, ids.withDevices } }));
    QVERIFY(isCentredOn({ EntityKind::Rack, ids.withDevices }));

    // A cooling unit.
    zoomAway();
    click(QStringLiteral("return temperature"));
    QCOMPARE(scene->selectedRefs(), (std::vector<PlanItemRef> { { EntityKind::CoolingUnit, ids.unit } }));
    QVERIFY(isCentredOn({ EntityKind::CoolingUnit, ids.unit }));

    // A power node: in the power chain, which opens for it.
    window.powerChainDock()->hide();
    click(QStringLiteral("PDU-stray"));
    QVERIFY(window.powerChainDock()->isVisible());
    QCOMPARE(window.powerChainPanel()->scene()->selectedNodes(), std::vector<Id> { ids.strayNode });

    // Moving through the list with the keys shows each finding too.
    zoomAway();
    list->setFocus();
    list->setCurrentItem(findingAbout(list, QStringLiteral("R-clash-1")));
    QVERIFY(!scene->selectedRefs().empty());
    QVERIFY(scene->selectedRefs().front().kind == EntityKind::Rack);

    // A hall: its floor plan, whole.
    window.activate(EntityKind::Hall, QVariant::fromValue(ids.secondHall));
    QCOMPARE(scene->hall(), ids.secondHall);
    QVERIFY(scene->selectedRefs().empty());
    // A rack of another hall brings its hall back.
    window.activate(EntityKind::Rack, QVariant::fromValue(ids.clashB));
    QCOMPARE(scene->hall(), ids.hall);
    QCOMPARE(scene->selectedRefs(), (std::vector<PlanItemRef> { { EntityKind::Rack, ids.clashB } }));
}

/// RW_SCREENSHOT_DIR: the window after a click on a finding about a rack under a cooling unit.
void TestFindingsPanel::screenshots()
{
    const QByteArray dir = qgetenv("RW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("RW_SCREENSHOT_DIR is not set");
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("de") }) {
        QVERIFY(Language::apply(language));
        Plan plan;
        buildFaultyPlan(plan);
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.plan().assign(plan);
        window.floorPlanScene()->rebuild();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("findingsDock"));
        dock->show();
        dock->raise();
        QListWidget *list = window.findChild<FindingsPanel *>()->list();
        QTRY_VERIFY(findingAbout(list, QStringLiteral("R-under")));
        window.floorPlanView()->resetTransform();
        window.floorPlanView()->scale(40, 40);
        QListWidgetItem *item = findingAbout(list, QStringLiteral("R-under"));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        QTest::qWait(200);
        QVERIFY(
            window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/finding-selected-%1.png").arg(language)));
    }
    QVERIFY(Language::apply(QStringLiteral("en")));
}

QTEST_MAIN(TestFindingsPanel)
#include "tst_findingspanel.moc"
