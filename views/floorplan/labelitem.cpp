#include "labelitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTransform>

#include <algorithm>

namespace rw {
namespace {

constexpr int kLayoutPixels = 100;  // large, so that the metrics scale down without rounding steps

QRectF textRect(const QFont &font, const QString &text)
{
    const QFontMetricsF metrics(font);
    // At least one line tall and a little wide, so that a label is never an invisible point.
    QSizeF size = metrics.boundingRect(QRectF(), Qt::AlignCenter, text).size();
    size.setHeight(std::max(size.height(), metrics.height()));
    size.setWidth(std::max(size.width(), metrics.height() / 2));
    return QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height());
}

}  // namespace

LabelItem::LabelItem(const Label &label)
    : mText(label.text), mScale(label.heightM / QFontMetricsF(layoutFont()).height()),
      mTextRect(textRect(layoutFont(), label.text))
{
    setPos(label.xM, label.yM);
    setRotation(label.rotationDeg);
    setFlag(ItemIsSelectable);
}

QFont LabelItem::layoutFont()
{
    QFont font;
    font.setPixelSize(kLayoutPixels);
    return font;
}

QSizeF LabelItem::textSizeM(const Label &label)
{
    const double scale = label.heightM / QFontMetricsF(layoutFont()).height();
    return textRect(layoutFont(), label.text).size() * scale;
}

QRectF LabelItem::footprint(const Label &label)
{
    const QSizeF size = textSizeM(label);
    QTransform turn;
    turn.translate(label.xM, label.yM);
    turn.rotate(label.rotationDeg);
    return turn.mapRect(QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height()));
}

QRectF LabelItem::boundingRect() const
{
    const QRectF r(mTextRect.topLeft() * mScale, mTextRect.size() * mScale);
    return r.adjusted(-0.05, -0.05, 0.05, 0.05);  // room for the selection frame
}

void LabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF frame(mTextRect.topLeft() * mScale, mTextRect.size() * mScale);
    const bool selected = option->state & QStyle::State_Selected;
    if (selected) {
        painter->fillRect(frame, QColor(0, 120, 215, 40));
        QPen pen(QColor(0, 120, 215));
        pen.setCosmetic(true);
        pen.setWidth(2);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(frame);
    }
    // Below a pixel or two the letters are noise: draw a bar where the text is instead.
    const double pixelsPerMetre = option->levelOfDetailFromTransform(painter->worldTransform());
    if (frame.height() * pixelsPerMetre < 3) {
        painter->fillRect(frame.adjusted(0, frame.height() * 0.3, 0, -frame.height() * 0.3), QColor(60, 60, 90));
        return;
    }
    painter->save();
    painter->scale(mScale, mScale);
    painter->setFont(layoutFont());
    painter->setPen(QColor(40, 40, 80));
    painter->drawText(mTextRect, Qt::AlignCenter, mText);
    painter->restore();
}

}  // namespace rw
