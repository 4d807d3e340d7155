// SPDX-License-Identifier: GPL-3.0-or-later
// The independent check of the hydraulic solver: EPANET 2.2 (epanet-js, WebAssembly, run with node) solves the
// same networks with water and with PG25 viscosity; flows and head losses must agree within 1 %. Skipped (77)
// where node or the package is missing: scripts/epanet/install.sh installs it.
// Usage: test_engine_liquid_epanet SCRIPTS_EPANET_DIR
#include "check.h"
#include "liquidtestnetwork.h"
#include "rackwerk/engine/liquid/hydraulics.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <unistd.h>

using namespace rw::engine::liquid;
namespace fs = std::filesystem;

namespace {

// EPANET works in US units inside: g = 32.2 ft/s2 and water's kinematic viscosity at 20 °C 1.1e-5 ft2/s, to which
// its VISCOSITY option is relative (EPANET 2.2 source, hydraul.c / types.h).
constexpr double kEpanetGravity = 32.2 * 0.3048;
constexpr double kEpanetViscosity = 1.1e-5 * 0.3048 * 0.3048;

std::string nodeId(int i)
{
    return "N" + std::to_string(i);
}
std::string linkId(int k)
{
    return "L" + std::to_string(k);
}

/// The network as an EPANET input file: fixed nodes as reservoirs, resistances as 1 mm pipes whose minor loss
/// gives the same drop, each pump of a set as its own pump link with a three-point curve (exactly quadratic).
std::string toInp(const HydraulicNetwork &network, const CoolantProperties &fluid)
{
    const double rhoG = fluid.densityKgPerM3 * kEpanetGravity;
    std::ostringstream junctions, reservoirs, pipes, pumps, curves;
    junctions.precision(12);
    reservoirs.precision(12);
    pipes.precision(12);
    pumps.precision(12);
    curves.precision(12);
    for (size_t i = 0; i < network.nodes.size(); ++i) {
        const HydraulicNode &node = network.nodes[i];
        if (node.fixedPressure)
            reservoirs << nodeId(int(i)) << ' ' << node.pressurePa / rhoG << '\n';
        else
            junctions << nodeId(int(i)) << " 0 " << node.demandM3PerS * 1000.0 << '\n';
    }
    for (size_t k = 0; k < network.links.size(); ++k) {
        const HydraulicLink &link = network.links[k];
        const std::string ends = nodeId(link.from) + ' ' + nodeId(link.to);
        if (link.kind == LinkKind::Pipe) {
            pipes << linkId(int(k)) << ' ' << ends << ' ' << link.lengthM << ' ' << link.diameterM * 1000.0 << ' '
                  << link.roughnessM * 1000.0 << ' ' << link.minorLossK << " Open\n";
        } else if (link.kind == LinkKind::Resistance) {
            const double d = 0.05;
            const double area = 0.25 * M_PI * d * d;
            const double r = link.refDropPa / (link.refFlowM3PerS * link.refFlowM3PerS);
            pipes << linkId(int(k)) << ' ' << ends << " 0.001 " << d * 1000.0 << " 0 "
                  << 2.0 * r * area * area / fluid.densityKgPerM3 << " Open\n";
        } else {
            const double q1 = std::sqrt(0.25 * link.shutoffPa / link.pumpCoeffPaS2PerM6);
            const std::string curve = "C" + std::to_string(k);
            for (double q : { 0.0, q1, 2.0 * q1 })
                curves << curve << ' ' << q * 1000.0 << ' ' << (link.shutoffPa - link.pumpCoeffPaS2PerM6 * q * q) / rhoG
                       << '\n';
            for (int n = 0; n < link.runningPumps; ++n)
                pumps << linkId(int(k)) << '_' << n << ' ' << ends << " HEAD " << curve << '\n';
        }
    }
    std::ostringstream inp;
    inp.precision(12);
    inp << "[TITLE]\nRackwerk hydraulic check\n[JUNCTIONS]\n"
        << junctions.str() << "[RESERVOIRS]\n"
        << reservoirs.str() << "[PIPES]\n"
        << pipes.str() << "[PUMPS]\n"
        << pumps.str() << "[CURVES]\n"
        << curves.str() << "[OPTIONS]\nUNITS LPS\nHEADLOSS D-W\nSPECIFIC GRAVITY " << fluid.densityKgPerM3 / 1000.0
        << "\nVISCOSITY " << fluid.viscosityPaS / fluid.densityKgPerM3 / kEpanetViscosity
        << "\nTRIALS 500\nACCURACY 0.0000001\n[END]\n";
    return inp.str();
}

/// Reads {"nodes": {"N0": 1.5, ...}, "links": {...}} as printed by solve.js (flat numbers only).
std::map<std::string, double> readSection(const std::string &json, const std::string &section)
{
    std::map<std::string, double> values;
    size_t at = json.find('"' + section + "\":{");
    if (at == std::string::npos)
        return values;
    at = json.find('{', at) + 1;
    const size_t end = json.find('}', at);
    while (at < end) {
        const size_t keyStart = json.find('"', at);
        if (keyStart == std::string::npos || keyStart > end)
            break;
        const size_t keyEnd = json.find('"', keyStart + 1);
        const size_t colon = json.find(':', keyEnd);
        values[json.substr(keyStart + 1, keyEnd - keyStart - 1)] = std::strtod(json.c_str() + colon + 1, nullptr);
        at = json.find(',', colon);
        if (at == std::string::npos || at > end)
            break;
        ++at;
    }
    return values;
}

struct Case {
    std::string name;
    HydraulicNetwork network;
};

HydraulicLink makePipe(int from, int to, double lengthM, double diameterM, double k)
{
    HydraulicLink link;
    link.from = from;
    link.to = to;
    link.lengthM = lengthM;
    link.diameterM = diameterM;
    link.roughnessM = 0.046e-3;
    link.minorLossK = k;
    return link;
}

HydraulicLink makePumps(int from, int to, double shutoffPa, double ratedPa, double ratedFlow, int running)
{
    HydraulicLink link;
    link.kind = LinkKind::Pump;
    link.from = from;
    link.to = to;
    link.shutoffPa = shutoffPa;
    link.pumpCoeffPaS2PerM6 = pumpCoefficient(shutoffPa, ratedPa, ratedFlow);
    link.runningPumps = running;
    return link;
}

std::vector<Case> cases()
{
    std::vector<Case> all;
    const auto loop = [](int nodes) {
        HydraulicNetwork network;
        network.loops.push_back({ Coolant::Water, 40.0 });
        network.nodes.resize(nodes);
        network.nodes[0] = { 0, true, 150e3, 0.0 };
        return network;
    };
    HydraulicNetwork series = loop(4);
    HydraulicLink rack;
    rack.kind = LinkKind::Resistance;
    rack.from = 2;
    rack.to = 3;
    rack.refDropPa = 55e3;
    rack.refFlowM3PerS = 200.0 / 60000.0;
    series.links = { makePumps(0, 1, 300e3, 200e3, 4e-3, 1), makePipe(1, 2, 80.0, 0.0627, 0.0), rack,
        makePipe(3, 0, 80.0, 0.0627, 4.5) };
    all.push_back({ "series", series });

    HydraulicNetwork parallel = loop(3);
    parallel.links = { makePumps(0, 1, 250e3, 150e3, 6e-3, 1), makePipe(1, 2, 40.0, 0.0525, 0.0),
        makePipe(1, 2, 25.0, 0.0409, 6.0), makePipe(1, 2, 60.0, 0.0627, 2.0), makePipe(2, 0, 5.0, 0.1023, 0.0) };
    all.push_back({ "parallel", parallel });

    HydraulicNetwork bridge = loop(5);  // pump 0 -> 1, bridge of pipes 1-2, 1-3, 2-4, 3-4, 2-3, return 4 -> 0
    bridge.links = { makePumps(0, 1, 300e3, 200e3, 8e-3, 1), makePipe(1, 2, 30.0, 0.0525, 1.0),
        makePipe(1, 3, 50.0, 0.0409, 1.0), makePipe(2, 4, 45.0, 0.0409, 1.0), makePipe(3, 4, 20.0, 0.0525, 1.0),
        makePipe(2, 3, 15.0, 0.0266, 2.0), makePipe(4, 0, 10.0, 0.0779, 0.0) };
    all.push_back({ "bridge loop", bridge });

    HydraulicNetwork pumpCurve = loop(3);  // two pumps in parallel against a pipe system
    pumpCurve.links = { makePumps(0, 1, 350e3, 250e3, 5e-3, 2), makePipe(1, 2, 120.0, 0.0627, 8.0),
        makePipe(2, 0, 120.0, 0.0627, 8.0) };
    all.push_back({ "two pumps against a system curve", pumpCurve });

    all.push_back({ "hall: facility water and 2 CDU loops of 6 racks", rw::check::liquidHall(2, 6).hydraulics });
    return all;
}

}  // namespace

int main(int argc, char **argv)
{
    const fs::path scripts = argc > 1 ? fs::path(argv[1]) : fs::path("scripts/epanet");
    if (std::system("node --version > /dev/null 2>&1") != 0) {
        std::printf("SKIPPED: node is not installed (Debian package nodejs)\n");
        return rw::check::kSkipped;
    }
    if (!fs::exists(scripts / "node_modules" / "epanet-js" / "package.json")) {
        std::printf("SKIPPED: epanet-js is not installed in %s (run scripts/epanet/install.sh)\n", scripts.c_str());
        return rw::check::kSkipped;
    }
    const fs::path work = fs::temp_directory_path() / ("rackwerk-epanet-" + std::to_string(getpid()));
    fs::create_directories(work);
    rw::check::Suite suite;
    for (const Coolant coolant : { Coolant::Water, Coolant::Pg25 }) {
        const double tempC = coolant == Coolant::Water ? 30.0 : 40.0;
        CoolantProperties fluid;
        coolantProperties(coolant, tempC, &fluid);
        const double rhoG = fluid.densityKgPerM3 * kEpanetGravity;
        for (Case c : cases()) {
            for (Loop &loop : c.network.loops)
                loop = { coolant, tempC };
            const std::string label = c.name + (coolant == Coolant::Water ? " (water 30 C)" : " (PG25 40 C)");
            const HydraulicResult ours = solveHydraulics(c.network);
            suite.expect(ours.ok(), label + ": Rackwerk solves: " + ours.error);
            const fs::path inp = work / "case.inp";
            std::ofstream(inp) << toInp(c.network, fluid);
            const std::string command = "node \"" + (scripts / "solve.js").string() + "\" \"" + inp.string() + "\" > \""
                + (work / "out.json").string() + "\" 2> \"" + (work / "err.txt").string() + '"';
            if (std::system(command.c_str()) != 0 || !ours.ok()) {
                std::ifstream err(work / "err.txt");
                std::stringstream text;
                text << err.rdbuf();
                suite.expect(false, label + ": EPANET ran: " + text.str());
                continue;
            }
            std::ifstream out(work / "out.json");
            std::stringstream text;
            text << out.rdbuf();
            const auto heads = readSection(text.str(), "nodes");
            const auto flows = readSection(text.str(), "links");
            double largestFlow = 0.0;
            double largestDrop = 0.0;
            for (size_t k = 0; k < c.network.links.size(); ++k) {
                largestFlow = std::max(largestFlow, std::fabs(ours.flowM3PerS[k]));
                largestDrop = std::max(largestDrop, std::fabs(ours.dropPa[k]) / rhoG);
            }
            double worstFlow = 0.0;
            double worstDrop = 0.0;
            for (size_t k = 0; k < c.network.links.size(); ++k) {
                const HydraulicLink &link = c.network.links[k];
                double theirs = 0.0;  // a pump set: the sum of its pumps
                if (link.kind == LinkKind::Pump)
                    for (int n = 0; n < link.runningPumps; ++n)
                        theirs += flows.at(linkId(int(k)) + '_' + std::to_string(n)) / 1000.0;
                else
                    theirs = flows.at(linkId(int(k))) / 1000.0;
                // Relative to the link's own flow, or to 1 % of the largest where a link carries almost nothing.
                const double flowScale = std::max(std::fabs(ours.flowM3PerS[k]), 0.01 * largestFlow);
                worstFlow = std::max(worstFlow, std::fabs(theirs - ours.flowM3PerS[k]) / flowScale);
                const double theirDrop = heads.at(nodeId(link.from)) - heads.at(nodeId(link.to));
                const double ourDrop = ours.dropPa[k] / rhoG;
                const double dropScale = std::max(std::fabs(ourDrop), 0.01 * largestDrop);
                worstDrop = std::max(worstDrop, std::fabs(theirDrop - ourDrop) / dropScale);
            }
            std::printf(
                "%-55s worst flow %.2e, worst head loss %.2e (relative)\n", label.c_str(), worstFlow, worstDrop);
            suite.expect(worstFlow < 0.01, label + ": flows within 1 % of EPANET");
            suite.expect(worstDrop < 0.01, label + ": head losses within 1 % of EPANET");
        }
    }
    fs::remove_all(work);
    return suite.finish();
}
