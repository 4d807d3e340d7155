// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitytraits.h"

#include <QObject>

#include <map>
#include <vector>
#include <tuple>

namespace rw {

template <class T>
using Table = std::map<typename EntityTraits<T>::Key, T>;

template <class T> class AddEntityCommand;
template <class T> class EditEntityCommand;
template <class T> class RemoveEntityCommand;
class EditSiteCommand;
class PlanFiller;

/// One site plan: the single source of truth that views observe and commands change.
/// The mutating members are private: only the undoable commands of model/commands reach them, and
/// PlanFiller for plans nobody edits yet (loaders, the demo, test fixtures).
class Plan : public QObject {
    Q_OBJECT
public:
    explicit Plan(QObject *parent = nullptr);

    const Site &site() const { return mSite; }

    template <class T>
    const Table<T> &all() const
    {
        return std::get<Table<T>>(mTables);
    }

    template <class T>
    const T *find(const typename EntityTraits<T>::Key &key) const
    {
        const auto &table = all<T>();
        const auto it = table.find(key);
        return it == table.end() ? nullptr : &it->second;
    }

    /// A fresh id, never used in this plan before.
    Id allocateId() { return mNextId++; }
    Id nextId() const { return mNextId; }
    /// Makes sure ids below `next` are never handed out (ids of deleted entities stay retired).
    void reserveIds(Id next) { mNextId = std::max(mNextId, next); }

    /// Replaces the whole content (open, import, new); emits reset().
    void assign(const Plan &other);
    void clear();

    /// Devices mounted in a rack, lowest U first.
    std::vector<const MountedDevice *> devicesInRack(Id rackId) const;
    std::vector<const Rack *> racksInHall(Id hallId) const;

signals:
    /// Something of this kind changed (added, edited or removed); key identifies it.
    void entityChanged(rw::EntityKind kind, const QVariant &key);
    void siteChanged();
    /// Everything changed at once.
    void reset();

private:
    template <class T> friend class AddEntityCommand;
    template <class T> friend class EditEntityCommand;
    template <class T> friend class RemoveEntityCommand;
    friend class EditSiteCommand;
    friend class PlanFiller;

    void setSite(const Site &site);
    /// Inserts an entity whose key is not in use yet.
    template <class T>
    void insert(const T &entity)
    {
        const auto key = EntityTraits<T>::keyOf(entity);
        Q_ASSERT(!find<T>(key));
        table<T>().emplace(key, entity);
        mIndexDirty = true;
        if constexpr (std::is_same_v<typename EntityTraits<T>::Key, Id>)
            mNextId = std::max(mNextId, key + 1);
        emit entityChanged(EntityTraits<T>::kind, QVariant::fromValue(key));
    }

    /// Replaces the entity with the same key.
    template <class T>
    void replace(const T &entity)
    {
        const auto key = EntityTraits<T>::keyOf(entity);
        Q_ASSERT(find<T>(key));
        table<T>()[key] = entity;
        mIndexDirty = true;
        emit entityChanged(EntityTraits<T>::kind, QVariant::fromValue(key));
    }

    /// Removes and returns the entity.
    template <class T>
    T take(const typename EntityTraits<T>::Key &key)
    {
        auto &t = table<T>();
        const auto it = t.find(key);
        Q_ASSERT(it != t.end());
        T entity = it->second;
        t.erase(it);
        mIndexDirty = true;
        emit entityChanged(EntityTraits<T>::kind, QVariant::fromValue(key));
        return entity;
    }

    template <class T>
    Table<T> &table()
    {
        return std::get<Table<T>>(mTables);
    }

    Site mSite;
    std::tuple<Table<DeviceType>, Table<Hall>, Table<Obstacle>, Table<Row>, Table<Rack>, Table<MountedDevice>,
               Table<CoolingUnit>, Table<PowerNode>, Table<PowerLink>, Table<Scenario>, Table<Phase>,
               Table<Label>, Table<CoolantLoop>, Table<LoopRejection>, Table<LoopRack>, Table<SiteWeather>, Table<Underlay>>
        mTables;
    Id mNextId = 1;

    // Lookup indexes, rebuilt on demand after any change.
    void rebuildIndexes() const;
    mutable bool mIndexDirty = true;
    mutable std::map<Id, std::vector<const MountedDevice *>> mDevicesByRack;
    mutable std::map<Id, std::vector<const Rack *>> mRacksByHall;
};

}  // namespace rw
