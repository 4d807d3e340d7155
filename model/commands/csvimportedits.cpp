// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimportedits.h"

#include "deviceedits.h"
#include "planbatch.h"

#include <QUndoStack>

#include <functional>
#include <map>

namespace rw {
namespace {

/// Stages the lines of an import into batches, resolving names against the plan as the lines before
/// changed it. Name lookups go through indexes, so that a campus-size sheet stays linear.
class Stager {
public:
    Stager(const Plan &plan, const CsvImportFile &file) : mFile(file)
    {
        for (const auto &[id, hall] : plan.all<Hall>())
            mHalls[hall.name].push_back(id);
        for (const auto &[id, row] : plan.all<Row>())
            mRows.emplace(std::pair(row.hallId, row.name), id);
        for (const auto &[id, rack] : plan.all<Rack>())
            mRacks.emplace(std::pair(rack.hallId, rack.name), id);
        mHallCount = int(plan.all<Hall>().size());
    }

    /// Adds what the record does to the batch. Returns false with *error set when the line is refused; the
    /// caller then drops the batch and calls forgetPending().
    bool stage(PlanBatch &batch, const CsvRecord &record, CsvPreviewLine *preview, CsvLineError *error)
    {
        mPending.clear();
        error->line = record.line;
        preview->line = record.line;
        preview->rack = record.rack.name;
        preview->row = record.row;
        preview->typeKey = record.device.typeKey;
        preview->positionU = record.device.positionU;
        preview->mountsDevice = record.mountsDevice;
        const Plan &plan = batch.plan();
        Id hallId = kNoId;
        if (!resolveHall(plan, record, &hallId, error))
            return false;
        preview->hall = plan.find<Hall>(hallId)->name;
        const auto key = std::pair(hallId, record.rack.name);
        Id rackId = kNoId;
        if (const auto found = mRacks.find(key); found != mRacks.end())
            rackId = found->second;
        if (record.placesRack) {
            if (rackId != kNoId) {
                const auto placed = mPlacedHere.find(key);
                if (placed == mPlacedHere.end())
                    return refuse(error, CsvColumn::Rack,
                        CsvImportEdits::tr("a rack named %1 stands in hall %2 already")
                            .arg(record.rack.name, preview->hall));
                if (!sameRack(placed->second.record, record))
                    return refuse(error, CsvColumn::Rack,
                        CsvImportEdits::tr("the rack's values differ from line %1, which places it")
                            .arg(placed->second.record.line));
            } else {
                Rack rack = record.rack;
                rack.hallId = hallId;
                if (!record.row.isEmpty() && !addRowIfNew(batch, hallId, record.row, &rack.rowId, error))
                    return false;
                if (!batch.add(rack))
                    return refuse(error, CsvColumn::Rack, batch.error());
                rackId = rack.id;
                mRacks.emplace(key, rackId);
                mPending.push_back([this, key] {
                    mRacks.erase(key);
                    mPlacedHere.erase(key);
                });
                mPlacedHere.emplace(key, Placed { record });
                preview->addsRack = true;
            }
        } else if (rackId == kNoId) {
            return refuse(error, CsvColumn::Rack,
                CsvImportEdits::tr("no rack named %1 stands in hall %2; give x and y to place it")
                    .arg(record.rack.name, preview->hall));
        } else if (!record.row.isEmpty()) {
            const Rack *rack = plan.find<Rack>(rackId);
            const Row *row = plan.find<Row>(rack->rowId);
            if (!row || row->name != record.row)
                return refuse(error, CsvColumn::Row,
                    CsvImportEdits::tr("rack %1 does not stand in row %2").arg(rack->name, record.row));
        }
        if (record.mountsDevice) {
            const DeviceType *type = DeviceEdits::findType(plan, record.device.typeKey);
            if (!type)
                return refuse(error, CsvColumn::DeviceType,
                    CsvImportEdits::tr("the device type %1 is in neither the plan nor the catalogue")
                        .arg(record.device.typeKey));
            if (!plan.find<DeviceType>(type->key)) {
                DeviceType copy = *type;
                if (!batch.add(copy))
                    return refuse(error, CsvColumn::DeviceType, batch.error());
            }
            MountedDevice device = record.device;
            device.rackId = rackId;
            if (!batch.add(device))
                return refuse(error, CsvColumn::Position, batch.error());
        }
        return true;
    }

    /// Undoes the index changes of a refused line: its batch was rolled back.
    void forgetPending()
    {
        for (auto it = mPending.rbegin(); it != mPending.rend(); ++it)
            (*it)();
        mPending.clear();
    }

private:
    struct Placed {
        CsvRecord record;
    };

    static bool sameRack(const CsvRecord &a, const CsvRecord &b)
    {
        Rack left = a.rack;
        Rack right = b.rack;
        left.id = right.id = kNoId;
        return left == right && a.row == b.row;
    }

    QString header(CsvColumn column) const
    {
        const auto it = std::find(mFile.columns.begin(), mFile.columns.end(), column);
        return it == mFile.columns.end() ? QString() : mFile.headers.value(int(it - mFile.columns.begin()));
    }

    bool refuse(CsvLineError *error, CsvColumn column, const QString &reason) const
    {
        error->column = header(column);
        // A reason from the plan's own checks is a sentence; the line's message adds its own full stop.
        error->reason = reason.endsWith(u'.') ? reason.chopped(1) : reason;
        return false;
    }

    bool resolveHall(const Plan &plan, const CsvRecord &record, Id *hallId, CsvLineError *error) const
    {
        if (record.hall.isEmpty()) {
            if (mHallCount == 1) {
                *hallId = plan.all<Hall>().begin()->first;
                return true;
            }
            if (mHallCount == 0)
                return refuse(error, CsvColumn::Hall, CsvImportEdits::tr("the plan has no hall to place racks in"));
            return refuse(error, CsvColumn::Hall,
                CsvImportEdits::tr("the plan has %n halls: name the hall in a hall column", nullptr, mHallCount));
        }
        const auto it = mHalls.find(record.hall);
        if (it == mHalls.end())
            return refuse(error, CsvColumn::Hall, CsvImportEdits::tr("no hall is named %1").arg(record.hall));
        if (it->second.size() > 1)
            return refuse(error, CsvColumn::Hall,
                CsvImportEdits::tr("%n halls are named %1", nullptr, int(it->second.size())).arg(record.hall));
        *hallId = it->second.front();
        return true;
    }

    bool addRowIfNew(PlanBatch &batch, Id hallId, const QString &name, Id *rowId, CsvLineError *error)
    {
        const auto key = std::pair(hallId, name);
        if (const auto found = mRows.find(key); found != mRows.end()) {
            *rowId = found->second;
            return true;
        }
        Row row;
        row.hallId = hallId;
        row.name = name;
        if (!batch.add(row))
            return refuse(error, CsvColumn::Row, batch.error());
        *rowId = row.id;
        mRows.emplace(key, row.id);
        mPending.push_back([this, key] { mRows.erase(key); });
        ++mRowsAdded;
        mPending.push_back([this] { --mRowsAdded; });
        return true;
    }

public:
    int rowsAdded() const { return mRowsAdded; }

private:
    const CsvImportFile &mFile;
    std::map<QString, std::vector<Id>> mHalls;
    std::map<std::pair<Id, QString>, Id> mRows;
    std::map<std::pair<Id, QString>, Id> mRacks;
    std::map<std::pair<Id, QString>, Placed> mPlacedHere;
    std::vector<std::function<void()>> mPending;
    int mHallCount = 0;
    int mRowsAdded = 0;
};

QString importText(const CsvImportFile &file)
{
    return CsvImportEdits::tr("Import %n line(s) from CSV", nullptr, int(file.records.size()));
}

}  // namespace

CsvImportPreview CsvImportEdits::preview(const Plan &plan, const CsvImportFile &file)
{
    CsvImportPreview preview;
    preview.unlistedErrors = file.unlistedErrors;
    Plan copy;
    copy.assign(plan);
    QUndoStack stack;
    PlanEditor editor(copy, stack);
    Stager stager(copy, file);
    std::vector<CsvLineError> planErrors;
    for (const CsvRecord &record : file.records) {
        CsvPreviewLine line;
        CsvLineError error;
        PlanBatch batch(editor, importText(file));
        if (stager.stage(batch, record, &line, &error)) {
            batch.commit();
            preview.racks += line.addsRack ? 1 : 0;
            preview.devices += line.mountsDevice ? 1 : 0;
        } else {
            stager.forgetPending();
            line.error = error.message();
            planErrors.push_back(error);
        }
        preview.lines.push_back(line);
    }
    preview.rows = stager.rowsAdded();
    for (const CsvLineError &error : file.errors) {
        CsvPreviewLine line;
        line.line = error.line;
        line.error = error.message();
        preview.lines.push_back(line);
    }
    preview.errors = file.errors;
    preview.errors.insert(preview.errors.end(), planErrors.begin(), planErrors.end());
    auto byLine = [](const auto &a, const auto &b) { return a.line < b.line; };
    std::stable_sort(preview.lines.begin(), preview.lines.end(), byLine);
    std::stable_sort(preview.errors.begin(), preview.errors.end(), byLine);
    return preview;
}

EditResult CsvImportEdits::apply(PlanEditor &editor, const CsvImportFile &file)
{
    if (!file.ok())
        return EditResult::refused(file.errors.front().message());
    if (file.records.empty())
        return EditResult::refused(tr("The file has no line that places a rack or mounts a device."));
    Stager stager(editor.plan(), file);
    PlanBatch batch(editor, importText(file));
    for (const CsvRecord &record : file.records) {
        CsvPreviewLine line;
        CsvLineError error;
        if (!stager.stage(batch, record, &line, &error))
            return EditResult::refused(error.message());
    }
    return batch.commit();
}

}  // namespace rw
