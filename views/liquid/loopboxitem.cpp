// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopboxitem.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace rw {
namespace {

constexpr double kPadding = 4.0;

/// The frame's colour in words, as the dock's legend explains it.
QString stateText(LoopBoxItem::State state)
{
    switch (state) {
    case LoopBoxItem::State::Unknown:
        return QCoreApplication::translate("rw::LoopBoxItem", "Not solved");
    case LoopBoxItem::State::Fine:
        return QCoreApplication::translate("rw::LoopBoxItem", "Fine");
    case LoopBoxItem::State::Thin:
        return QCoreApplication::translate("rw::LoopBoxItem", "Thin or without redundancy");
    case LoopBoxItem::State::Short:
        return QCoreApplication::translate("rw::LoopBoxItem", "Short of flow or capacity, or coolant over a limit");
    }
    return {};
}

}  // namespace

LoopBoxItem::LoopBoxItem(EntityKind kind, Id id, const QRectF &rect, const QString &name, const QStringList &lines,
    State state, const QString &what)
    : mKind(kind), mId(id), mRect(rect), mName(name), mLines(lines), mState(state), mWhat(what)
{
    setFlags(ItemIsSelectable);
    setData(0, QVariant::fromValue(id));
    setData(1, int(kind));
    setHint(QString());
}

void LoopBoxItem::setHint(const QString &hint)
{
    QStringList tip { QStringLiteral("%1: %2").arg(mWhat, mName) };
    tip << mLines << stateText(mState);
    if (!hint.isEmpty())
        tip << QString() << hint;
    setToolTip(tip.join(QLatin1Char('\n')));
}

QRectF LoopBoxItem::boundingRect() const
{
    return mRect.adjusted(-4, -4, 4, 4);
}

void LoopBoxItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // The floor plan's coolant-margin colours: green fine, amber thin, red short or over a limit.
    QColor border(0x1f, 0x5f, 0xa8);
    QColor fill(Qt::white);
    double width = 1.5;
    switch (mState) {
    case State::Unknown:
        border = QColor(0x80, 0x80, 0x80);
        break;
    case State::Fine:
        fill = QColor(0xe8, 0xf5, 0xe9);
        break;
    case State::Thin:
        border = QColor(0xef, 0x6c, 0x00);
        fill = QColor(0xff, 0xf3, 0xe0);
        width = 2.5;
        break;
    case State::Short:
        border = QColor(0xc6, 0x28, 0x28);
        fill = QColor(0xff, 0xeb, 0xee);
        width = 3.0;
        break;
    }
    painter->setPen(QPen(border, width));
    painter->setBrush(fill);
    painter->drawRoundedRect(mRect, 4, 4);
    if (isSelected()) {
        painter->setPen(QPen(QColor(0x00, 0x78, 0xd7), 2.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(mRect.adjusted(-2.5, -2.5, 2.5, 2.5), 5, 5);
    }
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    QFont font = painter->font();
    font.setPointSizeF(8.0);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::black);
    const QRectF text = mRect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QFontMetricsF metrics(font);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignTop, metrics.elidedText(mName, Qt::ElideRight, text.width()));
    if (detail < 0.45)
        return;  // zoomed far out: names only
    font.setBold(false);
    font.setPointSizeF(7.0);
    painter->setFont(font);
    const QFontMetricsF small(font);
    double y = text.top() + metrics.height() + 1;
    for (const QString &line : mLines) {
        if (y + small.height() > text.bottom() + 1)
            break;
        painter->drawText(
            QPointF(text.left(), y + small.ascent()), small.elidedText(line, Qt::ElideRight, text.width()));
        y += small.height();
    }
}

}  // namespace rw
