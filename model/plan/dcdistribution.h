// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

#include <QCoreApplication>

#include <array>
#include <vector>

namespace rw {

/// 800 V DC distribution (NVIDIA's Kyber generation, docs/power-chain.md): medium-voltage AC is rectified
/// once, by a rectifier or solid-state transformer, onto an 800 V DC busway; racks whose devices take
/// 800 V DC hang from the busway and convert to 54/12 V inside. Every other node kind carries AC.
namespace dc {

/// Whether a node of this kind delivers 800 V DC at its output.
inline bool deliversDc(PowerNodeKind kind)
{
    return kind == PowerNodeKind::Rectifier || kind == PowerNodeKind::DcBusway;
}

/// Whether a node of this kind must be fed 800 V DC (a busway); every other kind is fed AC.
inline bool takesDc(PowerNodeKind kind)
{
    return kind == PowerNodeKind::DcBusway;
}

inline bool acceptsAc(PowerInput input)
{
    return input != PowerInput::Dc800;
}

inline bool acceptsDc(PowerInput input)
{
    return input != PowerInput::Ac;
}

/// Default efficiency curves (25/50/75/100 % load) of the DC kinds, editable like every node's.
/// Estimates [E]; the derivation and sources are in docs/power-chain.md.
inline constexpr std::array<double, 4> kRectifierEfficiency { 0.965, 0.975, 0.977, 0.975 };
inline constexpr std::array<double, 4> kDcBuswayEfficiency { 0.997, 0.997, 0.996, 0.995 };

}  // namespace dc

/// One place where AC and DC meet wrongly, translated, naming both ends.
struct DcMismatch {
    EntityKind kind = EntityKind::PowerNode;  ///< what the finding is about: the fed node, rack or cooling unit
    Id id = kNoId;
    QString message;
};

/// Every link, rack feed and cooling unit feed where AC equipment hangs from 800 V DC or DC equipment from
/// AC: a DC busway fed from AC without a rectifier, an AC node or cooling unit on a DC busway or rectifier,
/// a rack with a device that takes AC only on DC, a rack with a device that takes 800 V DC only on AC.
/// Devices that draw no power (blanking panels) take either. Reported, never corrected.
class DcChecks {
    Q_DECLARE_TR_FUNCTIONS(rw::DcChecks)
public:
    static std::vector<DcMismatch> find(const Plan &plan);
};

}  // namespace rw
