// Solves one EPANET input file with epanet-js (EPANET 2.2 compiled to WebAssembly) and prints the heads of all
// nodes and the flows of all links as JSON: {"nodes": {id: headM}, "links": {id: flowLps}}.
// Test-only: the independent check of Rackwerk's hydraulic solver (cuda/tests/test_liquid_epanet.cpp).
// Usage: node solve.js NETWORK.inp
'use strict';
const fs = require('fs');
const { Project, Workspace, CountType, NodeProperty, LinkProperty } = require('epanet-js');

const input = fs.readFileSync(process.argv[2], 'utf8');
const workspace = new Workspace();
const project = new Project(workspace);
workspace.writeFile('net.inp', input);
project.open('net.inp', 'report.rpt', 'out.bin');
project.solveH();
const result = { nodes: {}, links: {} };
for (let i = 1; i <= project.getCount(CountType.NodeCount); ++i)
    result.nodes[project.getNodeId(i)] = project.getNodeValue(i, NodeProperty.Head);
for (let i = 1; i <= project.getCount(CountType.LinkCount); ++i)
    result.links[project.getLinkId(i)] = project.getLinkValue(i, LinkProperty.Flow);
project.close();
process.stdout.write(JSON.stringify(result) + '\n');
