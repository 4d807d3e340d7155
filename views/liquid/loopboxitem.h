// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/entitytraits.h"

#include <QGraphicsItem>
#include <QStringList>

namespace rw {

/// One element of the loop diagram (a heat-rejection stage, a facility water system, a CDU with its loop, a
/// rack): its name in bold and its figures below, framed by how it stands. Selectable; data(0) holds the id,
/// data(1) the entity kind. Its tooltip says what it is, its figures, how it stands and what it offers (the hint).
class LoopBoxItem : public QGraphicsItem {
public:
    enum class State { Unknown, Fine, Thin, Short };

    /// `what` names the element's kind in words ("CDU loop").
    LoopBoxItem(EntityKind kind, Id id, const QRectF &rect, const QString &name, const QStringList &lines, State state,
        const QString &what);

    Id id() const { return mId; }
    EntityKind kind() const { return mKind; }
    State state() const { return mState; }
    QRectF boxRect() const { return mRect; }
    QStringList lines() const { return mLines; }
    /// What double-click, keys and right-click do here; empty where nothing can be edited.
    void setHint(const QString &hint);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    EntityKind mKind;
    Id mId;
    QRectF mRect;
    QString mName;
    QStringList mLines;
    State mState;
    QString mWhat;
};

}  // namespace rw
