// SPDX-License-Identifier: GPL-3.0-or-later
#include "verticalsliceview.h"

#include "heatmapitem.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSlider>
#include <QVBoxLayout>

namespace rw {

/// Paints the slice image at the grid's aspect ratio with the colour legend beside it.
class VerticalSliceView::Canvas : public QWidget {
public:
    explicit Canvas(VerticalSliceView *owner) : QWidget(owner), mOwner(owner) { setMinimumSize(260, 150); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().base());
        const QImage &image = mOwner->mImage;
        if (image.isNull()) {
            painter.drawText(rect(), Qt::AlignCenter, VerticalSliceView::tr("Run a thermal projection to see slices."));
            return;
        }
        const QRectF area = QRectF(rect()).adjusted(6, 6, -96, -6);
        QSizeF size(image.width(), image.height());
        size.scale(area.size(), Qt::KeepAspectRatio);
        const QRectF target(area.topLeft(), size);
        painter.drawImage(target, image);
        painter.setPen(palette().text().color());
        painter.drawRect(target);
        HeatMapItem::paintLegend(&painter, QRectF(rect().right() - 88, 30, 14, std::max(60, height() - 40)),
            mOwner->mScale, VerticalSliceView::tr("°C"));
    }

private:
    VerticalSliceView *mOwner;
};

VerticalSliceView::VerticalSliceView(QWidget *parent)
    : QWidget(parent), mAxis(new QComboBox(this)), mPosition(new QSlider(Qt::Horizontal, this)),
      mPositionLabel(new QLabel(this)), mCanvas(new Canvas(this))
{
    auto *controls = new QHBoxLayout;
    controls->addWidget(mAxis);
    controls->addWidget(mPosition, 1);
    controls->addWidget(mPositionLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(mCanvas, 1);
    mAxis->addItems({ QString(), QString() });
    mPosition->setEnabled(false);
    connect(mAxis, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(mPosition, &QSlider::valueChanged, this, [this] { refresh(); });
    retranslate();
}

void VerticalSliceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VerticalSliceView::retranslate()
{
    mAxis->setItemText(0, tr("West-east cut (constant y)"));
    mAxis->setItemText(1, tr("North-south cut (constant x)"));
    mAxis->setToolTip(tr("Direction of the vertical cut through the hall"));
    mPosition->setToolTip(tr("Where the cut lies"));
    refresh();
}

void VerticalSliceView::setFields(const engine::ThermalFields &fields, const TemperatureScale &scale)
{
    mFields = fields;
    mScale = scale;
    refresh();
}

void VerticalSliceView::setPlane(int axis, float positionM)
{
    mAxis->setCurrentIndex(axis == 0 ? 1 : 0);
    const engine::ThermalGrid &g = mFields.grid;
    mPosition->setValue(ThermalSlice::layerOf(positionM, g.cellM, axis == 0 ? g.nx : g.ny));
    refresh();
}

int VerticalSliceView::axis() const
{
    return mAxis->currentIndex() == 0 ? 1 : 0;
}

float VerticalSliceView::positionM() const
{
    return (mPosition->value() + 0.5f) * mFields.grid.cellM;
}

void VerticalSliceView::refresh()
{
    const engine::ThermalGrid &g = mFields.grid;
    const int count = axis() == 0 ? g.nx : g.ny;
    mPosition->setEnabled(count > 0);
    if (count > 0) {
        const QSignalBlocker blocker(mPosition);
        const bool first = mPosition->maximum() != count - 1;
        mPosition->setRange(0, count - 1);
        if (first)
            mPosition->setValue(count / 2);
    }
    mImage = count > 0 ? ThermalSlice::vertical(mFields, axis(), positionM(), mScale) : QImage();
    mPositionLabel->setText(count > 0
            ? tr("%1 = %2 m")
                  .arg(axis() == 0 ? QStringLiteral("x") : QStringLiteral("y"), QLocale().toString(positionM(), 'f', 1))
            : QString());
    mCanvas->update();
}

}  // namespace rw
