// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitemapview.h"

#include "formatting.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QMouseEvent>

#include <algorithm>
#include <cmath>

namespace rw {
namespace {

constexpr double kGapM = 8.0;  ///< between tiles, in the scene's metres
constexpr int kTileKey = 0;  ///< QGraphicsItem::data key holding the hall id

}  // namespace

SiteMapView::SiteMapView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(&mScene);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::NoDrag);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 120);
}

void SiteMapView::show(const std::vector<HallSummary> &halls)
{
    mScene.clear();
    mTiles.clear();
    mTexts.clear();
    double totalArea = 0.0;
    for (const HallSummary &h : halls)
        totalArea += h.areaM2;
    // Rows of tiles about twice as wide as tall, like a campus plot seen from above.
    const double rowWidth = std::max(40.0, std::sqrt(std::max(totalArea, 1.0) * 2.0));
    double x = 0.0;
    double y = 0.0;
    double rowDepth = 0.0;
    const QLocale locale;
    for (const HallSummary &h : halls) {
        const QRectF footprint(0, 0, std::max(h.widthM, 1.0), std::max(h.depthM, 1.0));
        if (x > 0 && x + footprint.width() > rowWidth) {
            x = 0.0;
            y += rowDepth + kGapM;
            rowDepth = 0.0;
        }
        auto *tile = mScene.addRect(footprint.translated(x, y), QPen(QColor(70, 80, 95), 0), QColor(232, 238, 246));
        tile->setData(kTileKey, QVariant::fromValue<qlonglong>(h.hallId));
        // The bar along the tile's foot: nameplate IT power against the racks' budgets.
        const double used
            = h.figures.rackBudgetKw > 0 ? std::min(1.0, h.figures.nameplateItKw / h.figures.rackBudgetKw) : 0.0;
        const QRectF bar(x, y + footprint.height() * 0.88, footprint.width() * used, footprint.height() * 0.12);
        mScene.addRect(bar, Qt::NoPen, QColor(90, 140, 200))->setParentItem(tile);
        const QString text = tr("%1\n%2 GPUs · %3 IT\n%4 racks")
                                 .arg(h.name, fmt::integer(h.figures.gpuCount), fmt::megawatts(h.figures.nameplateItKw),
                                     fmt::integer(h.figures.rackCount));
        mTexts[h.hallId] = text;
        // The label scales with the tile (scene units are metres), so that it fits however many halls there are.
        auto *label = new QGraphicsSimpleTextItem(text, tile);
        const QRectF textBox = label->boundingRect();
        const double scale = std::min(footprint.width() * 0.9 / std::max(textBox.width(), 1.0),
            footprint.height() * 0.8 / std::max(textBox.height(), 1.0));
        label->setScale(scale);
        label->setPos(x + footprint.width() * 0.05, y + footprint.height() * 0.04);
        tile->setToolTip(tr("%1: %2 m², nameplate IT power %3 of %4 rack budgets. Double-click to open the hall.")
                             .arg(h.name, locale.toString(h.areaM2, 'f', 0), fmt::megawatts(h.figures.nameplateItKw),
                                 fmt::megawatts(h.figures.rackBudgetKw)));
        mTiles.emplace_back(h.hallId, tile);
        x += footprint.width() + kGapM;
        rowDepth = std::max(rowDepth, footprint.height());
    }
    setCurrentHall(mCurrent);
    fit();
}

void SiteMapView::setCurrentHall(Id hallId)
{
    mCurrent = hallId;
    for (const auto &[id, tile] : mTiles) {
        const bool current = id == hallId;
        tile->setPen(QPen(current ? QColor(200, 90, 20) : QColor(70, 80, 95), 0));
        tile->setBrush(current ? QColor(252, 236, 220) : QColor(232, 238, 246));
    }
}

std::vector<Id> SiteMapView::tileHalls() const
{
    std::vector<Id> ids;
    for (const auto &tile : mTiles)
        ids.push_back(tile.first);
    return ids;
}

QString SiteMapView::tileText(Id hallId) const
{
    const auto found = mTexts.find(hallId);
    return found == mTexts.end() ? QString() : found->second;
}

Id SiteMapView::hallAt(const QPoint &pos) const
{
    for (QGraphicsItem *item : items(pos)) {
        for (QGraphicsItem *i = item; i; i = i->parentItem())
            if (i->data(kTileKey).isValid())
                return Id(i->data(kTileKey).toLongLong());
    }
    return kNoId;
}

void SiteMapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const Id id = hallAt(event->position().toPoint()); id != kNoId)
        emit hallActivated(id);
    QGraphicsView::mouseDoubleClickEvent(event);
}

void SiteMapView::keyPressEvent(QKeyEvent *event)
{
    // Left and right walk the tiles; Enter opens the framed one.
    const auto current
        = std::find_if(mTiles.begin(), mTiles.end(), [this](const auto &t) { return t.first == mCurrent; });
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && current != mTiles.end()) {
        emit hallActivated(mCurrent);
        return;
    }
    if ((event->key() == Qt::Key_Right || event->key() == Qt::Key_Left) && !mTiles.empty()) {
        std::ptrdiff_t at = current == mTiles.end() ? 0 : current - mTiles.begin();
        at += event->key() == Qt::Key_Right ? 1 : -1;
        at = std::clamp<std::ptrdiff_t>(at, 0, std::ptrdiff_t(mTiles.size()) - 1);
        setCurrentHall(mTiles[std::size_t(at)].first);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void SiteMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void SiteMapView::fit()
{
    const QRectF area = mScene.itemsBoundingRect();
    if (!area.isEmpty())
        fitInView(area.adjusted(-kGapM / 2, -kGapM / 2, kGapM / 2, kGapM / 2), Qt::KeepAspectRatio);
}

}  // namespace rw
