// SPDX-License-Identifier: GPL-3.0-or-later
#include "floorplantoolbar.h"

#include "floorplanscene.h"
#include "i18n/labels.h"
#include "plan/drawingdefaults.h"
#include "tools/floortools.h"

#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QPainter>

namespace rw {
namespace {

/// The hall outline tool's icon: the hall's walls with the handles on its east and south edges.
QIcon hallOutlineIcon()
{
    QIcon icon;
    for (int size : { 16, 24, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const double unit = size / 16.0;
        const QRectF hall(2 * unit, 2 * unit, 10 * unit, 10 * unit);
        painter.setPen(QPen(QColor(60, 60, 60), 1.2 * unit));
        painter.drawRect(hall);
        painter.setPen(QPen(QColor(0, 120, 215), 1.0 * unit));
        painter.setBrush(Qt::white);
        const double h = 2.0 * unit;
        for (const QPointF &at :
            { QPointF(hall.right(), hall.center().y()), QPointF(hall.center().x(), hall.bottom()), hall.bottomRight() })
            painter.drawRect(QRectF(at.x() - h, at.y() - h, 2 * h, 2 * h));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

}  // namespace

FloorPlanToolBar::FloorPlanToolBar(FloorPlanView *view, QWidget *parent)
    : QToolBar(parent), mView(view), mTools(new QActionGroup(this)), mArrangeMenu(new QMenu(this)),
      mOptions(new QToolBar(parent)),
      mRackTemplate(new QComboBox(this)), mFacing(new QComboBox(this)), mContainment(new QComboBox(this)),
      mCoolingKind(new QComboBox(this)), mPowerKind(new QComboBox(this)), mColourMode(new QComboBox(this))
{
    setObjectName(QStringLiteral("floorPlanToolBar"));
    mOptions->setObjectName(QStringLiteral("floorPlanOptionsBar"));
    // Tools without an icon show their name only; those with one show both.
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const FloorToolEntry &info : floorTools()) {
        auto *action = new QAction(mTools);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(QString::fromLatin1(info.shortcut)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setData(int(info.tool));
        action->setChecked(info.tool == FloorTool::Select);
        if (info.tool == FloorTool::HallOutline)
            action->setIcon(hallOutlineIcon());
        view->addAction(action);
        addAction(action);
        connect(action, &QAction::triggered, this, [view, tool = info.tool] { view->setTool(tool); });
    }
    connect(view, &FloorPlanView::toolChanged, this, [this](FloorTool tool) {
        if (QAction *action = toolAction(tool))
            action->setChecked(true);
        const bool row = tool == FloorTool::Row;
        const bool facing = row || tool == FloorTool::CoolingUnit;
        for (QWidget *w : std::initializer_list<QWidget *> { mRackTemplate, mContainment })
            w->setEnabled(row);
        mFacing->setEnabled(facing);
        mCoolingKind->setEnabled(tool == FloorTool::CoolingUnit);
        mPowerKind->setEnabled(tool == FloorTool::PowerNode);
    });
    mOptions->addWidget(mColourMode);
    mOptions->addSeparator();
    for (QComboBox *box : { mRackTemplate, mFacing, mContainment, mCoolingKind, mPowerKind })
        mOptions->addWidget(box);

    auto options = [this] { return &mView->drawOptions(); };
    connect(mRackTemplate, &QComboBox::currentIndexChanged, this,
        [options](int i) { options()->rackTemplate = std::max(0, i); });
    connect(mFacing, &QComboBox::currentIndexChanged, this,
        [this, options] { options()->facing = Facing(mFacing->currentData().toInt()); });
    connect(mContainment, &QComboBox::currentIndexChanged, this,
        [this, options] { options()->containment = Containment(mContainment->currentData().toInt()); });
    connect(mCoolingKind, &QComboBox::currentIndexChanged, this,
        [this, options] { options()->coolingKind = CoolingKind(mCoolingKind->currentData().toInt()); });
    connect(mPowerKind, &QComboBox::currentIndexChanged, this,
        [this, options] { options()->powerKind = PowerNodeKind(mPowerKind->currentData().toInt()); });
    connect(mColourMode, &QComboBox::currentIndexChanged, this,
        [this] { mView->planScene()->setColourMode(RackColourMode(mColourMode->currentData().toInt())); });

    mDelete = addArrange(QKeySequence::Delete, [view] { view->deleteSelection(); });
    mRotate = addArrange(QKeySequence(QStringLiteral("R")), [view] { view->rotateSelection(); });
    mDuplicate = addArrange(QKeySequence(QStringLiteral("Ctrl+D")), [view] { view->duplicateSelection(); });
    mCopy = addArrange(QKeySequence::Copy, [view] { view->copySelection(); });
    mPaste = addArrange(QKeySequence::Paste, [view] { view->paste(); });
    mSelectAll = addArrange(QKeySequence::SelectAll, [view] { view->selectAll(); });
    mArrangeMenu->addSeparator();
    using A = ArrangeEdits::Align;
    mAlignLeft = addArrange({}, [view] { view->alignSelection(A::Left); });
    mAlignCentre = addArrange({}, [view] { view->alignSelection(A::HorizontalCentre); });
    mAlignRight = addArrange({}, [view] { view->alignSelection(A::Right); });
    mAlignTop = addArrange({}, [view] { view->alignSelection(A::Top); });
    mAlignMiddle = addArrange({}, [view] { view->alignSelection(A::VerticalCentre); });
    mAlignBottom = addArrange({}, [view] { view->alignSelection(A::Bottom); });
    mDistributeX = addArrange({}, [view] { view->distributeSelection(Qt::Horizontal); });
    mDistributeY = addArrange({}, [view] { view->distributeSelection(Qt::Vertical); });
    mArrangeMenu->addSeparator();
    mFill = addArrange(QKeySequence(QStringLiteral("Ctrl+Shift+F")), [] {});
    mArrangeMenu->addSeparator();
    mSnap = addArrange({}, [view, this] { view->setSnapping(mSnap->isChecked()); });
    mSnap->setCheckable(true);
    mSnap->setChecked(view->snapping());
    mOverview = addArrange({}, [view, this] { view->setOverviewVisible(mOverview->isChecked()); });
    mOverview->setCheckable(true);
    mOverview->setChecked(true);
    retranslate();
    emit view->toolChanged(view->tool());
}

QAction *FloorPlanToolBar::addArrange(const QKeySequence &key, const std::function<void()> &slot)
{
    auto *action = new QAction(this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    mView->addAction(action);
    mArrangeMenu->addAction(action);
    return action;
}

QAction *FloorPlanToolBar::toolAction(FloorTool tool) const
{
    for (QAction *action : mTools->actions()) {
        if (action->data().toInt() == int(tool))
            return action;
    }
    return nullptr;
}

void FloorPlanToolBar::setEditable(bool editable)
{
    mView->setTool(FloorTool::Select);
    for (QAction *action : mTools->actions())
        action->setEnabled(editable || action->data().toInt() == int(FloorTool::Select));
    for (QAction *action : { mDelete, mRotate, mDuplicate, mPaste, mAlignLeft, mAlignCentre, mAlignRight, mAlignTop,
             mAlignMiddle, mAlignBottom, mDistributeX, mDistributeY, mFill })
        action->setEnabled(editable);
}

void FloorPlanToolBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

void FloorPlanToolBar::retranslate()
{
    setWindowTitle(tr("Floor plan tools"));
    mOptions->setWindowTitle(tr("Tool options"));
    mArrangeMenu->setTitle(tr("&Arrange"));
    for (QAction *action : mTools->actions()) {
        const FloorToolEntry &tool = floorTool(FloorTool(action->data().toInt()));
        action->setText(tool.name());
        action->setToolTip(tr("%1 (%2)<br>%3")
                               .arg(tool.name(), action->shortcut().toString(QKeySequence::NativeText), tool.tip()));
    }
    const struct {
        QAction *action;
        QString text;
    } texts[] = {
        { mDelete, tr("&Delete") },
        { mRotate, tr("&Rotate 90°") },
        { mDuplicate, tr("D&uplicate") },
        { mCopy, tr("&Copy") },
        { mPaste, tr("&Paste") },
        { mSelectAll, tr("Select &all") },
        { mAlignLeft, tr("Align left edges") },
        { mAlignCentre, tr("Align centres horizontally") },
        { mAlignRight, tr("Align right edges") },
        { mAlignTop, tr("Align top edges") },
        { mAlignMiddle, tr("Align centres vertically") },
        { mAlignBottom, tr("Align bottom edges") },
        { mDistributeX, tr("Distribute horizontally") },
        { mDistributeY, tr("Distribute vertically") },
        { mFill, tr("&Fill racks with devices...") },
        { mSnap, tr("&Snap to 10 cm") },
        { mOverview, tr("Show &overview") },
    };
    for (const auto &t : texts)
        t.action->setText(t.text);

    auto refill = [](QComboBox *box, const std::vector<std::pair<QString, int>> &items, const QString &tip) {
        const int current = std::max(0, box->currentIndex());
        const bool blocked = box->blockSignals(true);
        box->clear();
        for (const auto &[text, value] : items)
            box->addItem(text, value);
        box->setCurrentIndex(std::min(current, box->count() - 1));
        box->blockSignals(blocked);
        box->setToolTip(tip);
    };
    std::vector<std::pair<QString, int>> templates;
    int t = 0;
    for (const RackTemplate &rackTemplate : DrawingDefaults::rackTemplates())
        templates.push_back({ rackTemplate.name, t++ });
    refill(mRackTemplate, templates, tr("Rack type for new rows"));
    std::vector<std::pair<QString, int>> facings;
    for (Facing f : { Facing::North, Facing::East, Facing::South, Facing::West })
        facings.push_back({ tr("Fronts %1").arg(Labels::of(f)), int(f) });
    refill(
        mFacing, facings, tr("Where the fronts (air intake) of new racks face; the supply side of new cooling units"));
    // Keep the view's option in step with the box (its first entry is North).
    if (mFacing->currentIndex() < 0)
        mFacing->setCurrentIndex(0);
    std::vector<std::pair<QString, int>> containments;
    for (Containment c : { Containment::None, Containment::HotAisle, Containment::ColdAisle })
        containments.push_back({ Labels::of(c), int(c) });
    refill(mContainment, containments, tr("Containment of new rows"));
    if (mContainment->findData(int(mView->drawOptions().containment)) >= 0 && mContainment->currentIndex() == 0
        && mView->drawOptions().containment != Containment::None)
        mContainment->setCurrentIndex(mContainment->findData(int(mView->drawOptions().containment)));
    std::vector<std::pair<QString, int>> cooling;
    for (CoolingKind k :
        { CoolingKind::Crah, CoolingKind::FanWall, CoolingKind::InRow, CoolingKind::RearDoor, CoolingKind::Cdu })
        cooling.push_back({ Labels::of(k), int(k) });
    refill(mCoolingKind, cooling, tr("Kind of cooling unit to place"));
    std::vector<std::pair<QString, int>> power;
    for (PowerNodeKind k : { PowerNodeKind::Pdu, PowerNodeKind::Rpp, PowerNodeKind::Busway })
        power.push_back({ Labels::of(k), int(k) });
    refill(mPowerKind, power, tr("Kind of power node to place"));
    refill(mColourMode,
        { { tr("Colour: power use"), int(RackColourMode::PowerUse) },
            { tr("Colour: floor load"), int(RackColourMode::FloorLoad) },
            { tr("Colour: cooling type"), int(RackColourMode::CoolingType) },
            { tr("Colour: inlet temperature"), int(RackColourMode::InletTemperature) },
            { tr("Colour: coolant margin"), int(RackColourMode::CoolantMargin) } },
        tr("What the rack colours show; the legend explains them"));
    mColourMode->setCurrentIndex(std::max(0, mColourMode->findData(int(mView->planScene()->colourMode()))));
}

}  // namespace rw
