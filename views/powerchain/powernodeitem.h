// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/entitytraits.h"

#include <QGraphicsItem>

namespace rw {

/// One power node in the one-line diagram: its symbol, name, kind and side, rating, load against the
/// rating from the analysis, and what it feeds directly (racks collapsed to counts). Overloaded nodes are
/// drawn red (in normal operation) or orange (after the worst single failure).
class PowerNodeItem : public QGraphicsItem {
public:
    enum class Load { Unknown, Fine, OverAfterFailure, Overloaded };

    struct Labels {
        QString name;
        QString kindAndSide;
        QString rating;
        QString load;
        QString feeds;
    };

    PowerNodeItem(const PowerNode &node, const QRectF &rect, const Labels &labels, Load load);

    Id nodeId() const { return mNodeId; }
    Load load() const { return mLoad; }
    QRectF boxRect() const { return mRect; }
    const Labels &labels() const { return mLabels; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintSymbol(QPainter *painter, const QRectF &area) const;

    Id mNodeId;
    PowerNodeKind mKind;
    FeedSide mSide;
    QRectF mRect;
    Labels mLabels;
    Load mLoad;
};

}  // namespace rw
