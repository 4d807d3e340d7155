// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace rw {

/// Limits of the rule-set format, shared by its reader (rulesetparser.cpp) and its shape (rulesetshape.cpp).
namespace RuleSetFormat {
constexpr int kShortText = 300;
constexpr int kLongText = 4000;
constexpr int kCitationPart = 12;
constexpr int kUrlLength = 500;
/// Ids of rule sets, laws, rules, exemptions and reporting items.
inline QString idPattern()
{
    return QStringLiteral("^[a-z0-9][a-z0-9.-]{0,79}$");
}
/// A part of a citation other than a clause: § 11, Abs. 3a, Anlage VII.
inline QString citationPartPattern()
{
    return QStringLiteral("^[0-9A-Za-z]{1,12}$");
}
inline QString datePattern()
{
    return QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$");
}
/// Site declarations a reporting item may name: those a person states (declarations and names).
QStringList reportableSiteFields();
}  // namespace RuleSetFormat

}  // namespace rw
