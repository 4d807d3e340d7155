// SPDX-License-Identifier: GPL-3.0-or-later
#include "thermalsettingsdialog.h"

#include "analysis/thermalprojection.h"
#include "dialogs/numberfield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace rw {

ThermalSettingsDialog::ThermalSettingsDialog(const engine::ThermalCase &thermalCase, const ThermalRunRequest &request,
    const std::vector<std::pair<QString, Id>> &coolers, std::size_t memoryLimitBytes, QWidget *parent)
    : QDialog(parent), mCase(thermalCase), mRequest(request), mMemoryLimitBytes(memoryLimitBytes),
      mCell(new NumberField(
          tr("Cell size"), tr("m"), ThermalProjection::kMinCellM, ThermalProjection::kMaxCellM, false, this)),
      mEngine(new QComboBox(this)), mTurbulence(new QComboBox(this)), mFail(new QComboBox(this)),
      mDuration(new QDoubleSpinBox(this)), mGrid(new QLabel(this)), mMemory(new QLabel(this)), mTime(new QLabel(this)),
      mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Thermal projection: settings"));
    const float defaultCellM = engine::defaultCellSizeM(thermalCase);
    mCell->setObjectName(QStringLiteral("cellM"));
    mCell->setValue(request.cellM > 0 ? request.cellM : defaultCellM);
    mCell->setToolTip(tr("Edge of the cubic grid cells; smaller cells are more accurate and take longer. The "
                         "default for this hall is %1 m.")
                          .arg(NumberField::format(defaultCellM, false)));
    mEngine->addItems({ tr("Automatic"), tr("CPU"), tr("CUDA (GPU)") });
    mEngine->setCurrentIndex(int(request.backend));
    const engine::BackendInfo &info = engine::probeBackends();
    if (auto *model = qobject_cast<QStandardItemModel *>(mEngine->model()); model && model->item(2)) {
        model->item(2)->setEnabled(info.cudaUsable);
        model->item(2)->setToolTip(ThermalProjection::cudaUnavailableText(info));
    }
    mTurbulence->addItems({ tr("k-epsilon"), tr("Zero-equation (Chen-Xu)") });
    mTurbulence->setCurrentIndex(int(request.turbulence));
    mFail->addItem(tr("None (steady state only)"), QVariant::fromValue(kNoId));
    for (const auto &[name, id] : coolers)
        mFail->addItem(name, QVariant::fromValue(id));
    const Id failed = request.failedCoolers.empty() ? kNoId : Id(request.failedCoolers.front());
    mFail->setCurrentIndex(std::max(0, mFail->findData(QVariant::fromValue(failed))));
    mDuration->setRange(10, 3600);
    mDuration->setDecimals(0);
    mDuration->setSingleStep(30);
    mDuration->setSuffix(tr(" s"));
    mDuration->setValue(
        request.transientSeconds > 0 ? request.transientSeconds : ThermalProjection::kDefaultTransientSeconds);
    mDuration->setEnabled(failed != kNoId);
    for (QLabel *label : { mGrid, mMemory, mTime }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    mButtons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Cell size:"), mCell);
    form->addRow(tr("&Engine:"), mEngine);
    form->addRow(tr("T&urbulence:"), mTurbulence);
    form->addRow(tr("&Fail cooling unit:"), mFail);
    form->addRow(tr("&Follow for:"), mDuration);
    form->addRow(tr("Grid:"), mGrid);
    form->addRow(tr("Memory:"), mMemory);
    form->addRow(tr("Time:"), mTime);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mButtons);

    connect(mCell, &NumberField::textChanged, this, &ThermalSettingsDialog::updateEstimate);
    connect(mEngine, &QComboBox::currentIndexChanged, this, &ThermalSettingsDialog::updateEstimate);
    connect(mTurbulence, &QComboBox::currentIndexChanged, this, &ThermalSettingsDialog::updateEstimate);
    connect(mFail, &QComboBox::currentIndexChanged, this, [this] {
        mDuration->setEnabled(mFail->currentData().toLongLong() != kNoId);
        updateEstimate();
    });
    connect(mButtons, &QDialogButtonBox::accepted, this, [this] {
        if (mCell->check() && !mEstimate.tooLarge())
            accept();
    });
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEstimate();
    setMinimumWidth(520);
}

void ThermalSettingsDialog::updateEstimate()
{
    const std::optional<double> cellM = mCell->typedValue();
    QPushButton *run = mButtons->button(QDialogButtonBox::Ok);
    if (!cellM) {
        mEstimate = {};
        mGrid->setText(mCell->problem());
        mMemory->clear();
        mTime->clear();
        run->setEnabled(false);
        return;
    }
    engine::Backend backend = engine::Backend::Cpu;
    std::string why;
    if (!engine::resolveBackend(engine::BackendRequest(mEngine->currentIndex()), &backend, &why))
        backend = engine::Backend::Cpu;  // the run itself refuses CUDA with the reason
    mEstimate = ThermalEstimator::estimate(
        mCase, float(*cellM), backend, engine::TurbulenceModel(mTurbulence->currentIndex()), mMemoryLimitBytes);
    mGrid->setText(gridText());
    mMemory->setText(memoryText());
    mMemory->setStyleSheet(mEstimate.tooLarge() ? QStringLiteral("color: #c0392b") : QString());
    QString time = timeText();
    if (mFail->currentData().toLongLong() != kNoId)
        time += QLatin1Char(' ') + tr("The transient after the failure comes on top and is not estimated.");
    mTime->setText(time);
    run->setEnabled(!mEstimate.tooLarge());
}

QString ThermalSettingsDialog::gridText() const
{
    const QLocale locale;
    const engine::ThermalGrid &g = mEstimate.grid;
    return tr("%1 × %2 × %3 = %4 cells of %5 m")
        .arg(locale.toString(g.nx), locale.toString(g.ny), locale.toString(g.nz),
            locale.toString(qulonglong(g.cellCount())), NumberField::format(mEstimate.cellM, false));
}

QString ThermalSettingsDialog::memoryText() const
{
    const QLocale locale;
    const QString needed = locale.formattedDataSize(qint64(mEstimate.memoryBytes));
    const QString limit = locale.formattedDataSize(qint64(mEstimate.memoryLimitBytes));
    return mEstimate.tooLarge() ? tr("about %1, more than the %2 a run may use: choose larger cells").arg(needed, limit)
                                : tr("about %1 (a run may use up to %2)").arg(needed, limit);
}

QString ThermalSettingsDialog::timeText() const
{
    return ThermalEstimator::timeText(mEstimate);
}

ThermalRunRequest ThermalSettingsDialog::request() const
{
    ThermalRunRequest r = mRequest;
    r.cellM = float(mCell->typedValue().value_or(mCell->value()));
    r.backend = engine::BackendRequest(mEngine->currentIndex());
    r.turbulence = engine::TurbulenceModel(mTurbulence->currentIndex());
    r.failedCoolers.clear();
    r.transientSeconds = 0.0f;
    if (const Id failed = mFail->currentData().toLongLong(); failed != kNoId) {
        r.failedCoolers.push_back(failed);
        r.transientSeconds = float(mDuration->value());
    }
    return r;
}

}  // namespace rw
