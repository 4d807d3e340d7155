// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerchainpanel.h"

#include "commands/planeditor.h"
#include "commands/poweredits.h"
#include "dialogs/powernodedialog.h"
#include "dialogs/rackfeeddialog.h"
#include "onelinescene.h"
#include "onelineview.h"
#include "powernodeitem.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGraphicsItem>
#include <QLabel>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace rw {

PowerChainPanel::PowerChainPanel(PlanEditor &editor, QWidget *parent)
    : QWidget(parent), mEditor(editor), mScene(new OneLineScene(editor.plan(), this)),
      mView(new OneLineView(mScene, this)), mToolBar(new QToolBar(this)), mLegend(new QLabel(this)),
      mScopeLabel(new QLabel(this)), mScopeBox(new QComboBox(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    mToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mToolBar->setIconSize(QSize(16, 16));
    layout->addWidget(mToolBar);
    mView->setMinimumHeight(180);  // room for a readable diagram when the dock first opens
    layout->addWidget(mView, 1);
    mLegend->setWordWrap(true);
    layout->addWidget(mLegend);

    auto make = [this](QStyle::StandardPixmap icon, const QKeySequence &key, auto slot) {
        auto *action = new QAction(style()->standardIcon(icon), QString(), this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);  // the floor plan has its own Delete
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    mAdd = make(QStyle::SP_FileIcon, QKeySequence(Qt::Key_Insert), [this] { addNode(); });
    mAddBelow = make(QStyle::SP_FileDialogNewFolder, QKeySequence(Qt::SHIFT | Qt::Key_Insert), [this] {
        const std::vector<Id> nodes = mScene->selectedNodes();
        if (nodes.size() == 1)
            addNode(nodes.front());
    });
    mEdit = make(QStyle::SP_FileDialogDetailedView, QKeySequence(Qt::Key_Return), [this] {
        const std::vector<Id> nodes = mScene->selectedNodes();
        if (nodes.size() == 1)
            editNode(nodes.front());
    });
    mConnect = make(QStyle::SP_ArrowDown, QKeySequence(tr("Ctrl+L")), &PowerChainPanel::connectSelected);
    mFeed = make(QStyle::SP_DirLinkIcon, QKeySequence(tr("Ctrl+Shift+R")), [this] {
        const std::vector<Id> nodes = mScene->selectedNodes();
        if (nodes.size() == 1)
            feedRacks(nodes.front());
    });
    mRemove = make(QStyle::SP_TrashIcon, QKeySequence::Delete, &PowerChainPanel::removeSelected);
    mToDc = make(QStyle::SP_BrowserReload, QKeySequence(), &PowerChainPanel::convertSelectedToDc);
    mZoomIn = make(QStyle::SP_ArrowUp, QKeySequence(), [this] { mView->zoomBy(1.25); });
    mZoomOut = make(QStyle::SP_ArrowDown, QKeySequence(), [this] { mView->zoomBy(0.8); });
    mFit = make(QStyle::SP_TitleBarMaxButton, QKeySequence(), [this] { mView->setAutoFit(true); });
    // What is drawn comes first: on a narrow dock the tool bar folds its tail away, and on a campus the part
    // shown matters more than the zoom buttons.
    mScopeLabel->setBuddy(mScopeBox);
    mToolBar->addWidget(mScopeLabel);
    mScopeBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mToolBar->addWidget(mScopeBox);
    mToolBar->addSeparator();
    mToolBar->addActions({ mAdd, mAddBelow, mEdit, mConnect, mFeed, mRemove, mToDc });
    mToolBar->addSeparator();
    mToolBar->addActions({ mZoomIn, mZoomOut, mFit });
    connect(mScopeBox, &QComboBox::activated, this, [this](int index) {
        const QVariantList entry = mScopeBox->itemData(index).toList();
        if (entry.size() == 2)
            setScope({ PowerScope::Kind(entry[0].toInt()), entry[1].toLongLong() });
    });
    connect(&editor.plan(), &Plan::entityChanged, this, [this](EntityKind kind) {
        if (kind == EntityKind::Hall)
            fillScopes();
    });

    connect(mView, &OneLineView::nodeActivated, this, &PowerChainPanel::editNode);
    connect(mScene, &OneLineScene::rebuilt, this, [this] {
        if (mView->autoFit())
            mView->fitAll();
        updateActions();
        announceSelection();  // a removed node is no longer selected
    });
    connect(&editor.plan(), &Plan::reset, this, [this] {
        mView->setAutoFit(true);  // a new plan: show it all
        chooseDefaultScope();
    });
    connect(mScene, &QGraphicsScene::selectionChanged, this, [this] {
        if (mScene->rebuilding())
            return;
        updateActions();
        announceSelection();
    });
    retranslate();
    chooseDefaultScope();
    updateActions();
}

namespace {

/// More nodes than this in a plan of several halls, and the diagram opens at the part above the halls: a
/// thousand boxes at once are no longer readable (the gigafactory has 1,052).
constexpr std::size_t kReadableNodes = 150;

}  // namespace

void PowerChainPanel::chooseDefaultScope()
{
    const Plan &plan = mEditor.plan();
    const bool campus = plan.all<Hall>().size() > 1 && plan.all<PowerNode>().size() > kReadableNodes;
    PowerScope scope;
    scope.kind = campus ? PowerScope::Kind::AboveHalls : PowerScope::Kind::Everything;
    mScene->setScope(scope);
    fillScopes();
}

void PowerChainPanel::setScope(const PowerScope &scope)
{
    mScene->setScope(scope);
    mView->setAutoFit(true);
    mView->fitAll();
    fillScopes();
}

PowerScope PowerChainPanel::scope() const
{
    return mScene->scope();
}

void PowerChainPanel::followHall(Id hallId)
{
    if (mScene->scope().kind == PowerScope::Kind::Everything || !mEditor.plan().find<Hall>(hallId))
        return;
    setScope({ PowerScope::Kind::Hall, hallId });
}

void PowerChainPanel::fillScopes()
{
    const Plan &plan = mEditor.plan();
    PowerScope current = mScene->scope();
    if (current.kind == PowerScope::Kind::Hall && !plan.find<Hall>(current.hallId)) {
        current = PowerScope();  // its hall was removed
        mScene->setScope(current);
    }
    const QSignalBlocker quiet(mScopeBox);
    mScopeBox->clear();
    auto add = [&](const QString &text, const PowerScope &scope) {
        mScopeBox->addItem(text, QVariantList { int(scope.kind), qlonglong(scope.hallId) });
        if (scope == current)
            mScopeBox->setCurrentIndex(mScopeBox->count() - 1);
    };
    add(tr("Whole power chain"), {});
    if (plan.all<Hall>().size() > 1)
        add(tr("Above the halls"), { PowerScope::Kind::AboveHalls, kNoId });
    for (const auto &[id, hall] : plan.all<Hall>())
        add(tr("%1 and its supply").arg(hall.name), { PowerScope::Kind::Hall, id });
}

PowerChainPanel::~PowerChainPanel()
{
    // Deleting the scene's items deselects them: nobody must hear of that while the window goes away.
    disconnect(mScene, nullptr, this, nullptr);
}

void PowerChainPanel::announceSelection()
{
    const std::vector<Id> nodes = mScene->selectedNodes();
    const Id selected = nodes.size() == 1 ? nodes.front() : kNoId;
    if (selected == mAnnounced)
        return;
    mAnnounced = selected;
    emit nodeSelected(selected);
}

void PowerChainPanel::setReadOnly(bool readOnly)
{
    mReadOnly = readOnly;
    updateActions();
}

void PowerChainPanel::setAnalysis(const PowerAnalysis &analysis)
{
    mScene->setAnalysis(analysis);
}

void PowerChainPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        retranslate();
        mScene->rebuild();
    }
    QWidget::changeEvent(event);
}

void PowerChainPanel::retranslate()
{
    const struct {
        QAction *action;
        QString text;
        QString tip;
    } texts[] = {
        { mAdd, tr("Add node"),
            tr("Add a power node (utility feed, transformer, generator, UPS, switchboard, PDU, busway, RPP, "
               "rectifier to 800 V DC, 800 V DC busway), linked to nothing unless you choose its feeding node") },
        { mAddBelow, tr("Add node below"), tr("Add a power node fed by the selected node") },
        { mEdit, tr("Edit"), tr("Edit the selected node: kind, ratings, power factor, efficiency curve, redundancy") },
        { mConnect, tr("Link"), tr("Let one node feed another (select the two nodes, the feeding one first)") },
        { mFeed, tr("Racks..."), tr("Connect racks' feed A or B to the selected node") },
        { mRemove, tr("Remove"), tr("Remove the selected nodes (with their links) and links") },
        { mToDc, tr("To 800 V DC"),
            tr("Make the selected nodes rectifiers (medium-voltage AC to 800 V DC) and every node below them an "
               "800 V DC busway, with the default efficiencies of those kinds") },
        { mZoomIn, tr("Zoom in"), tr("Zoom in (mouse wheel)") },
        { mZoomOut, tr("Zoom out"), tr("Zoom out (mouse wheel)") },
        { mFit, tr("Fit"), tr("Fit the whole diagram into the view") },
    };
    for (const auto &t : texts) {
        t.action->setText(t.text);
        t.action->setToolTip(t.action->shortcut().isEmpty()
                ? t.tip
                : QStringLiteral("%1 (%2)").arg(t.tip, t.action->shortcut().toString(QKeySequence::NativeText)));
    }
    mLegend->setText(tr("Load at design power (N-1: after the worst single failure). "
                        "<span style='color:#c62828'>Red</span>: over its rating; "
                        "<span style='color:#ef6c00'>orange</span>: over it after a failure. "
                        "Blue: side A, green: side B."));
    mScopeLabel->setText(tr("&Show:"));
    mScopeBox->setToolTip(tr("Which part of the power chain the diagram draws: all of it, the part above the "
                             "halls (what serves several halls), or one hall with its supply back to the grid"));
    fillScopes();
    mView->setToolTip(tr("Mouse wheel: zoom; middle button or Space + drag: pan; click a node: the floor plan "
                         "selects what it feeds; double-click: edit"));
}

void PowerChainPanel::updateActions()
{
    const std::size_t nodes = mScene->selectedNodes().size();
    const std::size_t links = mScene->selectedLinks().size();
    mAdd->setEnabled(!mReadOnly);
    mAddBelow->setEnabled(!mReadOnly && nodes == 1);
    // The action names the node it links to, so that nobody links by surprise.
    const std::vector<Id> selected = mScene->selectedNodes();
    const PowerNode *parent = selected.size() == 1 ? mEditor.plan().find<PowerNode>(selected.front()) : nullptr;
    mAddBelow->setText(parent ? tr("Add node below %1").arg(parent->name) : tr("Add node below"));
    mEdit->setEnabled(nodes == 1);  // read-only: shows the node
    mConnect->setEnabled(!mReadOnly && !mEditor.plan().all<PowerNode>().empty());
    mFeed->setEnabled(!mReadOnly && nodes == 1);
    mRemove->setEnabled(!mReadOnly && nodes + links > 0);
    mToDc->setEnabled(!mReadOnly && nodes > 0);
}

bool PowerChainPanel::report(const EditResult &result, const QString &title)
{
    if (!result.ok)
        QMessageBox::warning(this, title, result.error);
    return result.ok;
}

void PowerChainPanel::addNode(Id feedingNodeId)
{
    if (mReadOnly)
        return;
    PowerNode node;
    node.name = tr("New node");
    if (const PowerNode *parent = mEditor.plan().find<PowerNode>(feedingNodeId))
        node.side = parent->side;  // a node hangs below its feeder, on its side
    Id feeder = feedingNodeId;
    for (;;) {
        PowerNodeDialog dialog(node, false, this);
        dialog.offerFeeder(mEditor.plan(), feeder);
        if (dialog.exec() != QDialog::Accepted)
            return;
        node = dialog.node();
        feeder = dialog.feeder();
        const EditResult added = PowerEdits::addNode(mEditor, node, feeder);
        if (!report(added, tr("Power node not added")))
            continue;  // the values stay in the dialog: nothing is lost
        mScene->rebuild();
        mScene->selectNode(added.id);
        return;
    }
}

void PowerChainPanel::showNodes(const std::vector<Id> &nodeIds)
{
    if (std::any_of(nodeIds.begin(), nodeIds.end(), [this](Id id) { return !mScene->shows(id); }))
        setScope({});
    mScene->clearSelection();
    QRectF shown;
    for (Id id : nodeIds) {
        if (QGraphicsItem *item = mScene->nodeItem(id)) {
            item->setSelected(true);
            shown |= item->sceneBoundingRect();
        }
    }
    if (!shown.isNull() && !mView->autoFit())  // fitted, the whole chain is in sight already
        mView->centerOn(shown.center());
}

void PowerChainPanel::editNode(Id nodeId)
{
    const PowerNode *stored = mEditor.plan().find<PowerNode>(nodeId);
    if (!stored)
        return;
    PowerNode node = *stored;
    for (;;) {
        PowerNodeDialog dialog(node, mReadOnly, this);
        if (dialog.exec() != QDialog::Accepted || mReadOnly)
            return;
        node = dialog.node();
        if (report(mEditor.update(node), tr("Power node not changed")))
            return;
    }
}

void PowerChainPanel::removeSelected()
{
    if (mReadOnly)
        return;
    const std::vector<Id> nodes = mScene->selectedNodes();
    std::vector<Id> links = mScene->selectedLinks();
    if (nodes.empty() && links.empty())
        return;
    report(mEditor.removePowerNodes(nodes, links), tr("Not removed"));
}

void PowerChainPanel::convertSelectedToDc()
{
    if (mReadOnly)
        return;
    report(PowerEdits::convertToDc800(mEditor, mScene->selectedNodes()), tr("Not converted to 800 V DC"));
}

void PowerChainPanel::connectSelected()
{
    if (mReadOnly)
        return;
    const Plan &plan = mEditor.plan();
    std::vector<Id> selected = mScene->selectedNodes();
    // The node higher up in the diagram feeds the lower one.
    std::sort(selected.begin(), selected.end(), [this](Id a, Id b) {
        const auto &layout = mScene->layout();
        return layout.boxes[layout.boxIndex.at(a)].depth < layout.boxes[layout.boxIndex.at(b)].depth;
    });
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Link power nodes"));
    auto *form = new QFormLayout(&dialog);
    auto *from = new QComboBox(&dialog);
    auto *to = new QComboBox(&dialog);
    for (const auto &[id, node] : plan.all<PowerNode>()) {
        from->addItem(node.name, QVariant::fromValue(id));
        to->addItem(node.name, QVariant::fromValue(id));
    }
    if (!selected.empty())
        from->setCurrentIndex(from->findData(QVariant::fromValue(selected.front())));
    if (selected.size() > 1)
        to->setCurrentIndex(to->findData(QVariant::fromValue(selected.back())));
    from->setEditable(true);
    to->setEditable(true);
    from->setInsertPolicy(QComboBox::NoInsert);
    to->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(tr("Feeding node:"), from);
    form->addRow(tr("Fed node:"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    while (dialog.exec() == QDialog::Accepted) {
        if (report(mEditor.connectPower(from->currentData().toLongLong(), to->currentData().toLongLong()),
                tr("Power link not added")))
            return;
    }
}

void PowerChainPanel::feedRacks(Id nodeId)
{
    const PowerNode *node = mEditor.plan().find<PowerNode>(nodeId);
    if (mReadOnly || !node)
        return;
    RackFeedDialog dialog(mEditor.plan(), *node, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::vector<Id> connect = dialog.racksToConnect();
    const std::vector<Id> disconnect = dialog.racksToDisconnect();
    if (connect.empty() && disconnect.empty())
        return;
    std::vector<std::pair<Id, Id>> changes;
    for (Id rackId : disconnect)
        changes.emplace_back(rackId, kNoId);
    for (Id rackId : connect)
        changes.emplace_back(rackId, nodeId);
    report(mEditor.feedRacks(changes, dialog.side()), tr("Racks not connected"));
}

}  // namespace rw
