// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "fieldhistory.h"

namespace rw::schema {

QString columnType(FieldType type)
{
    switch (type) {
    case FieldType::Int:
    case FieldType::EntityId:
    case FieldType::Bool:
        return QStringLiteral("INTEGER");
    case FieldType::Double:
        return QStringLiteral("REAL");
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::Enum:
        return QStringLiteral("TEXT");
    }
    return QStringLiteral("TEXT");
}

QStringList currentSchema()
{
    QStringList statements;
    statements << QStringLiteral("CREATE TABLE meta (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL)");
    statements << createTable("site", siteFields(), false);
    forEachEntityType([&]<class T>() {
        statements << createTable(EntityTraits<T>::table, EntityTraits<T>::fields(), true);
    });
    return statements;
}

/// The SQL literal of a field's value in a new entity: the default its column gets when a migration adds it.
QString sqlDefault(FieldType type, const QVariant &value)
{
    switch (type) {
    case FieldType::Int:
    case FieldType::EntityId:
    case FieldType::Bool:
        return QString::number(value.toLongLong());
    case FieldType::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::Enum:
        break;
    }
    return QLatin1Char('\'') + value.toString().replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

QStringList addedColumns(int toVersion)
{
    QStringList statements;
    forEachEntityType([&]<class T>() {
        for (const FieldAddition &addition : kFieldAdditions) {
            if (addition.schemaVersion != toVersion || qstrcmp(addition.table, EntityTraits<T>::table) != 0)
                continue;
            for (const FieldDef<T> &f : EntityTraits<T>::fields()) {
                if (f.name == QLatin1String(addition.field))
                    statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3 NOT NULL DEFAULT %4")
                                      .arg(QLatin1String(addition.table), f.name, columnType(f.type),
                                          sqlDefault(f.type, f.get(T {})));
            }
        }
    });
    return statements;
}

QStringList migrationFrom(int from)
{
    switch (from) {
    case 1:
        // Version 2 added deployment scenarios and the open area of perforated floor tiles.
        return addedColumns(2)
            + QStringList {
                  QStringLiteral("CREATE TABLE scenarios (id INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, "
                                 "startDate TEXT NOT NULL, horizonYears INTEGER NOT NULL, description TEXT NOT NULL)"),
                  QStringLiteral("CREATE TABLE phases (id INTEGER NOT NULL PRIMARY KEY, scenarioId INTEGER NOT NULL, "
                                 "name TEXT NOT NULL, startMonth INTEGER NOT NULL, installedShare REAL NOT NULL, "
                                 "trainingShare REAL NOT NULL, inferenceShare REAL NOT NULL)"),
              };
    case 2:
        // Version 3 added text labels on the floor plan.
        return {
            QStringLiteral("CREATE TABLE labels (id INTEGER NOT NULL PRIMARY KEY, hallId INTEGER NOT NULL, "
                           "xM REAL NOT NULL, yM REAL NOT NULL, text TEXT NOT NULL, heightM REAL NOT NULL, "
                           "rotationDeg INTEGER NOT NULL)"),
        };
    case 3:
        // Version 4 added the depth of a hall's ceiling return plenum.
        return addedColumns(4);
    case 4:
        // Version 5 records whether the site's declarations were made: NULL = not declared. Older files
        // cannot tell a value a person entered from the program's default (100 % renewable, PUE 1.2,
        // class 3), so their declarations open as not declared. A start of operation was never
        // pre-filled (empty = none), so a date there was entered and is kept.
        return {
            QStringLiteral("CREATE TABLE site_v5 (name TEXT NOT NULL, location TEXT NOT NULL, "
                           "operatorName TEXT NOT NULL, startOfOperation TEXT, declaredAvailabilityClass INTEGER, "
                           "designOutdoorTempC REAL NOT NULL, renewableShare REAL, plannedHeatReuseShare REAL, "
                           "pueTarget REAL, wueLitrePerKWh REAL, facilityWaterClass TEXT NOT NULL, "
                           "assumptions TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO site_v5 SELECT name, location, operatorName, NULLIF(startOfOperation, ''), "
                           "NULL, designOutdoorTempC, NULL, NULL, NULL, NULL, facilityWaterClass, assumptions "
                           "FROM site"),
            QStringLiteral("DROP TABLE site"),
            QStringLiteral("ALTER TABLE site_v5 RENAME TO site"),
        };
    case 5:
        // Version 6 added what the legal checks are scoped by (EnEfG § 3 no. 24, § 12(3), §§ 12, 15): the
        // bidder's role, the site's non-redundant connected power and public ownership, next to the other
        // declarations. Older files declared none of them: NULL = not declared.
        return {
            QStringLiteral("CREATE TABLE site_v6 (name TEXT NOT NULL, location TEXT NOT NULL, "
                           "operatorName TEXT NOT NULL, operatorRole TEXT, connectedPowerKw REAL, "
                           "publicOwnership INTEGER, startOfOperation TEXT, declaredAvailabilityClass INTEGER, "
                           "designOutdoorTempC REAL NOT NULL, renewableShare REAL, plannedHeatReuseShare REAL, "
                           "pueTarget REAL, wueLitrePerKWh REAL, facilityWaterClass TEXT NOT NULL, "
                           "assumptions TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO site_v6 SELECT name, location, operatorName, NULL, NULL, NULL, "
                           "startOfOperation, declaredAvailabilityClass, designOutdoorTempC, renewableShare, "
                           "plannedHeatReuseShare, pueTarget, wueLitrePerKWh, facilityWaterClass, assumptions "
                           "FROM site"),
            QStringLiteral("DROP TABLE site"),
            QStringLiteral("ALTER TABLE site_v6 RENAME TO site"),
        };
    case 6:
        // Version 7 added liquid cooling: coolant loops (facility water systems and CDU technology loops), the
        // heat-rejection stages of facility loops and the racks on technology loops. Older files have none.
        return {
            QStringLiteral(
                "CREATE TABLE coolantLoops (id INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, "
                "kind TEXT NOT NULL, coolant TEXT NOT NULL, designTempC REAL NOT NULL, "
                "tankPressureKpa REAL NOT NULL, headerLengthM REAL NOT NULL, headerDiameterMm REAL NOT NULL, "
                "headerRoughnessMm REAL NOT NULL, headerLossK REAL NOT NULL, pumpCount INTEGER NOT NULL, "
                "pumpShutoffKpa REAL NOT NULL, pumpRatedKpa REAL NOT NULL, pumpRatedFlowLPerMin REAL NOT NULL, "
                "cduId INTEGER NOT NULL, facilityLoopId INTEGER NOT NULL, primarySupplyC REAL NOT NULL, "
                "approachK REAL NOT NULL, secondaryDropKpa REAL NOT NULL, secondaryFlowLPerMin REAL NOT NULL, "
                "primaryDropKpa REAL NOT NULL, primaryFlowLPerMin REAL NOT NULL, holdUpL REAL NOT NULL)"),
            QStringLiteral("CREATE TABLE loopRejections (id INTEGER NOT NULL PRIMARY KEY, loopId INTEGER NOT NULL, "
                           "coolingUnitId INTEGER NOT NULL, kind TEXT NOT NULL, stage INTEGER NOT NULL, "
                           "approachK REAL NOT NULL, sinkTempC REAL NOT NULL, dropKpa REAL NOT NULL, "
                           "dropFlowLPerMin REAL NOT NULL)"),
            QStringLiteral("CREATE TABLE loopRacks (id INTEGER NOT NULL PRIMARY KEY, rackId INTEGER NOT NULL, "
                           "loopId INTEGER NOT NULL, branchLengthM REAL NOT NULL, branchDiameterMm REAL NOT NULL, "
                           "branchRoughnessMm REAL NOT NULL, branchLossK REAL NOT NULL, plateDropKpa REAL NOT NULL, "
                           "plateFlowLPerMin REAL NOT NULL, minFlowLPerMin REAL NOT NULL, inletLimitC REAL NOT NULL, "
                           "returnLimitC REAL NOT NULL, plateHeatCapacityKjPerK REAL NOT NULL, holdUpL REAL NOT NULL)"),
        };
    case 7:
        return weatherAndUnderlayTables();
    case 8:
        // Version 9 added what a device type's power input takes (800 V DC distribution); older files' types
        // take AC, as every type did then. The new power node kinds need no column.
        return addedColumns(9);
    default:
        return {};
    }
}

QStringList weatherAndUnderlayTables()
{
    // Version 8 added the site's own hourly weather and CAD underlays under a hall's floor plan.
    return {
        QStringLiteral("CREATE TABLE weather (id INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, "
                       "format TEXT NOT NULL, station TEXT NOT NULL, hours TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE underlays (id INTEGER NOT NULL PRIMARY KEY, hallId INTEGER NOT NULL, "
                       "name TEXT NOT NULL, format TEXT NOT NULL, content TEXT NOT NULL, originXM REAL NOT NULL, "
                       "originYM REAL NOT NULL, metresPerUnit REAL NOT NULL, opacity REAL NOT NULL, "
                       "flipY INTEGER NOT NULL)"),
    };
}

}  // namespace rw::schema
