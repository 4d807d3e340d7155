// SPDX-License-Identifier: GPL-3.0-or-later
#include "powernodeitem.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace rw {
namespace {

constexpr double kSymbolSize = 30.0;
constexpr double kPadding = 5.0;

QColor sideColour(FeedSide side)
{
    switch (side) {
    case FeedSide::A:
        return QColor(0x1f, 0x5f, 0xa8);  // blue
    case FeedSide::B:
        return QColor(0x2e, 0x7d, 0x32);  // green
    case FeedSide::None:
        break;
    }
    return QColor(0x55, 0x55, 0x55);
}

}  // namespace

PowerNodeItem::PowerNodeItem(const PowerNode &node, const QRectF &rect, const Labels &labels, Load load)
    : mNodeId(node.id), mKind(node.kind), mSide(node.side), mRect(rect), mLabels(labels), mLoad(load)
{
    setFlags(ItemIsSelectable);
    setData(0, QVariant::fromValue(node.id));
    setData(1, int(EntityKind::PowerNode));
    setToolTip(QStringLiteral("%1\n%2\n%3\n%4\n%5")
                   .arg(labels.name, labels.kindAndSide, labels.rating, labels.load, labels.feeds)
                   .trimmed());
}

QRectF PowerNodeItem::boundingRect() const
{
    return mRect.adjusted(-3, -3, 3, 3);
}

void PowerNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    QColor border = sideColour(mSide);
    QColor fill(Qt::white);
    double borderWidth = 1.5;
    if (mLoad == Load::Overloaded) {
        border = QColor(0xc6, 0x28, 0x28);
        fill = QColor(0xff, 0xeb, 0xee);
        borderWidth = 3.0;
    } else if (mLoad == Load::OverAfterFailure) {
        border = QColor(0xef, 0x6c, 0x00);
        fill = QColor(0xff, 0xf3, 0xe0);
        borderWidth = 3.0;
    }
    painter->setPen(QPen(border, borderWidth));
    painter->setBrush(fill);
    painter->drawRoundedRect(mRect, 4, 4);
    if (isSelected()) {
        painter->setPen(QPen(QColor(0x00, 0x78, 0xd7), 2.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(mRect.adjusted(-2.5, -2.5, 2.5, 2.5), 5, 5);
    }

    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF symbolArea(mRect.left() + kPadding, mRect.top() + kPadding, kSymbolSize, kSymbolSize);
    painter->setPen(QPen(sideColour(mSide), 1.6));
    painter->setBrush(Qt::NoBrush);
    paintSymbol(painter, symbolArea);

    QFont font = painter->font();
    if (detail < 0.5) {
        // Zoomed far out: the name only, as large as the box allows, so the chain stays readable.
        const QRectF textArea = mRect.adjusted(kPadding, kSymbolSize + kPadding, -kPadding, -2);
        font.setBold(true);
        font.setPixelSize(20);
        const double fits = textArea.width() / std::max(1, QFontMetrics(font).horizontalAdvance(mLabels.name));
        font.setPixelSize(std::clamp(int(20 * fits), 12, 32));
        painter->setFont(font);
        painter->setPen(Qt::black);
        painter->drawText(textArea, Qt::AlignCenter, mLabels.name);
        return;
    }
    const double left = mRect.left() + kSymbolSize + 2 * kPadding;
    const double width = mRect.right() - kPadding - left;
    font.setPixelSize(12);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::black);
    double y = mRect.top() + kPadding;
    auto line = [&](const QString &text, double height) {
        painter->drawText(QRectF(left, y, width, height), Qt::AlignLeft | Qt::AlignVCenter,
            painter->fontMetrics().elidedText(text, Qt::ElideRight, int(width)));
        y += height;
    };
    line(mLabels.name, 15);
    font.setBold(false);
    font.setPixelSize(10);
    painter->setFont(font);
    painter->setPen(QColor(0x44, 0x44, 0x44));
    line(mLabels.kindAndSide, 12.5);
    line(mLabels.rating, 12.5);
    painter->setPen(mLoad == Load::Overloaded ? QColor(0xc6, 0x28, 0x28)
            : mLoad == Load::OverAfterFailure ? QColor(0xbf, 0x4f, 0x00)
                                              : QColor(Qt::black));
    line(mLabels.load, 12.5);
    painter->setPen(QColor(0x44, 0x44, 0x44));
    // The feeds line may run under the symbol: there is room below it.
    const double feedsLeft = mRect.left() + kPadding;
    painter->drawText(QRectF(feedsLeft, y, mRect.right() - kPadding - feedsLeft, 12.5),
        Qt::AlignLeft | Qt::AlignVCenter,
        painter->fontMetrics().elidedText(mLabels.feeds, Qt::ElideRight, int(mRect.right() - kPadding - feedsLeft)));
}

void PowerNodeItem::paintSymbol(QPainter *p, const QRectF &a) const
{
    const QPointF c = a.center();
    const double r = a.width() / 2 - 1;
    switch (mKind) {
    case PowerNodeKind::UtilityFeed: {
        // A grid connection: a circle with the mains wave.
        p->drawEllipse(c, r, r);
        QPainterPath wave;
        wave.moveTo(c.x() - r * 0.6, c.y());
        wave.cubicTo(c.x() - r * 0.3, c.y() - r * 0.6, c.x(), c.y() - r * 0.6, c.x(), c.y());
        wave.cubicTo(c.x(), c.y() + r * 0.6, c.x() + r * 0.3, c.y() + r * 0.6, c.x() + r * 0.6, c.y());
        p->drawPath(wave);
        break;
    }
    case PowerNodeKind::Generator: {
        p->drawEllipse(c, r, r);
        QFont font = p->font();
        font.setPixelSize(int(r * 1.3));
        font.setBold(true);
        p->setFont(font);
        p->drawText(a, Qt::AlignCenter, QStringLiteral("G"));
        break;
    }
    case PowerNodeKind::Transformer: {
        const double small = r * 0.6;
        p->drawEllipse(QPointF(c.x(), c.y() - small * 0.55), small, small);
        p->drawEllipse(QPointF(c.x(), c.y() + small * 0.55), small, small);
        break;
    }
    case PowerNodeKind::Ups: {
        // A box with the AC/DC diagonal.
        const QRectF box = a.adjusted(1, 1, -1, -1);
        p->drawRect(box);
        p->drawLine(box.bottomLeft(), box.topRight());
        p->drawText(
            QRectF(box.left(), box.top(), box.width() / 2, box.height() / 2), Qt::AlignCenter, QStringLiteral("~"));
        p->drawText(QRectF(box.center().x(), box.center().y(), box.width() / 2, box.height() / 2), Qt::AlignCenter,
            QStringLiteral("="));
        break;
    }
    case PowerNodeKind::Switchboard: {
        // A bus bar with outgoing ways.
        p->save();
        p->setPen(QPen(p->pen().color(), 4));
        p->drawLine(QPointF(a.left() + 2, c.y() - 5), QPointF(a.right() - 2, c.y() - 5));
        p->restore();
        for (int i = 0; i < 3; ++i) {
            const double x = a.left() + 6 + i * (a.width() - 12) / 2;
            p->drawLine(QPointF(x, c.y() - 5), QPointF(x, c.y() + 9));
        }
        break;
    }
    case PowerNodeKind::Pdu:
    case PowerNodeKind::Rpp: {
        // A distribution box with breakers; an RPP has two rows.
        const QRectF box = a.adjusted(2, 5, -2, -5);
        p->drawRect(box);
        const int rows = mKind == PowerNodeKind::Rpp ? 2 : 1;
        for (int row = 0; row < rows; ++row) {
            const double y = box.top() + (row + 1) * box.height() / (rows + 1);
            for (int i = 0; i < 3; ++i)
                p->drawRect(QRectF(box.left() + 3 + i * (box.width() - 6) / 3, y - 2, 4, 4));
        }
        break;
    }
    case PowerNodeKind::Busway: {
        p->drawLine(QPointF(a.left() + 1, c.y() - 3), QPointF(a.right() - 1, c.y() - 3));
        p->drawLine(QPointF(a.left() + 1, c.y() + 3), QPointF(a.right() - 1, c.y() + 3));
        for (int i = 0; i < 3; ++i) {
            const double x = a.left() + 5 + i * (a.width() - 10) / 2;
            p->drawRect(QRectF(x - 2, c.y() + 3, 4, 7));
        }
        break;
    }
    case PowerNodeKind::Rectifier: {
        // A box with the AC/DC diagonal, as a UPS, marked with its DC voltage instead of a battery.
        const QRectF box = a.adjusted(1, 1, -1, -1);
        p->drawRect(box);
        p->drawLine(box.bottomLeft(), box.topRight());
        p->drawText(
            QRectF(box.left(), box.top(), box.width() / 2, box.height() / 2), Qt::AlignCenter, QStringLiteral("~"));
        QFont font = p->font();
        font.setPixelSize(std::max(6, int(box.height() / 4)));
        p->save();
        p->setFont(font);
        p->drawText(QRectF(box.center().x(), box.center().y(), box.width() / 2, box.height() / 2), Qt::AlignCenter,
            QStringLiteral("800="));
        p->restore();
        break;
    }
    case PowerNodeKind::DcBusway: {
        // A busway drawn with a heavy DC bar.
        p->save();
        p->setPen(QPen(p->pen().color(), 2.5));
        p->drawLine(QPointF(a.left() + 1, c.y() - 3), QPointF(a.right() - 1, c.y() - 3));
        p->restore();
        QPen dashed = p->pen();
        dashed.setStyle(Qt::DashLine);
        p->save();
        p->setPen(dashed);
        p->drawLine(QPointF(a.left() + 1, c.y() + 3), QPointF(a.right() - 1, c.y() + 3));
        p->restore();
        for (int i = 0; i < 3; ++i) {
            const double x = a.left() + 5 + i * (a.width() - 10) / 2;
            p->drawRect(QRectF(x - 2, c.y() + 3, 4, 7));
        }
        break;
    }
    case PowerNodeKind::RackPdu: {
        const QRectF strip(c.x() - 4, a.top() + 1, 8, a.height() - 2);
        p->drawRect(strip);
        for (int i = 0; i < 4; ++i)
            p->drawEllipse(QPointF(c.x(), strip.top() + 4 + i * (strip.height() - 8) / 3), 1.5, 1.5);
        break;
    }
    }
}

}  // namespace rw
