// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace rw {

struct CheckContext;  // what the compliance checker computed once for a plan (compliancechecker.cpp)
struct CheckResult;
struct Rule;

/// A parameter a check takes from its rule; every one is required unless marked optional.
struct ParameterSpec {
    enum Kind { Number, WholeNumber, Flag, Choice, Text, ClassTable, Items };
    const char *name;
    Kind kind;
    double min = 0;
    double max = 0;
    QStringList choices = {};
    bool optional = false;
};

/// One kind of check a rule can name: its parameters (checked when a rule file is loaded) and the code that
/// judges a plan by it. The one table of them is checkKinds(); the loader and the checker both read it.
struct CheckKind {
    using Evaluate = void (*)(const Rule &rule, const CheckContext &context, CheckResult &result);
    QString name;  ///< as rule files name it: "pueLimit"
    std::vector<ParameterSpec> parameters;
    Evaluate evaluate;
};

/// Every check the built-in code knows (defined next to the checks in compliancechecker.cpp).
const std::vector<CheckKind> &checkKinds();
/// The kind of that name, or nullptr.
const CheckKind *checkKind(const QString &name);

}  // namespace rw
