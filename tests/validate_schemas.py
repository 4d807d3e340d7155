#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates the bundled examples against docs/schemas/ with python3-jsonschema (an independent validator),
and shows that each schema refuses a broken copy. Exit 77 (skipped) without the jsonschema module."""
import copy
import glob
import json
import os
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed: skipped")
    sys.exit(77)

cli, source = sys.argv[1], sys.argv[2]
schemas = os.path.join(source, "docs", "schemas")
failures = []


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def check(schema_name, document, label, expect_valid=True):
    schema = load(os.path.join(schemas, schema_name))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(document))
    if expect_valid and errors:
        failures.append(f"{label}: {errors[0].json_path} {errors[0].message[:200]}")
    if not expect_valid and not errors:
        failures.append(f"{label}: a broken copy was accepted")
    print(f"{label}: {'valid' if not errors else 'refused'}")


with tempfile.TemporaryDirectory() as work:
    demo_path = os.path.join(work, "demo.json")
    subprocess.run([cli, "export", "demo", "--json", demo_path], check=True)
    demo = load(demo_path)
check("plan.schema.json", demo, "demo plan")
broken = copy.deepcopy(demo)
broken["racks"][0]["heightU"] = 61
check("plan.schema.json", broken, "demo plan with a 61 U rack", expect_valid=False)

cases = sorted(glob.glob(os.path.join(source, "tests", "fixtures", "thermal", "*.case.json")))
if not cases:
    failures.append("no thermal case fixtures found")
for path in cases:
    case = load(path)
    check("thermal-case.schema.json", case, os.path.basename(path))
broken = copy.deepcopy(load(cases[0]))
broken["racks"][0]["heatToAirKw"] = 1
check("thermal-case.schema.json", broken, "thermal case with an unknown key", expect_valid=False)

review = load(os.path.join(source, "tests", "fixtures", "review", "example.rackwerk-review"))
check("review.schema.json", review, "example review")
broken = copy.deepcopy(review)
broken["thresholds"]["maxPue"] = 9
check("review.schema.json", broken, "review with a PUE limit of 9", expect_valid=False)

rule_sets = sorted(glob.glob(os.path.join(source, "resources", "rules", "*.json")))
if not rule_sets:
    failures.append("no bundled rule sets found")
for path in rule_sets:
    check("rule-set.schema.json", load(path), os.path.basename(path))
rules = load(rule_sets[0])
broken = copy.deepcopy(rules)
broken["rules"][0]["parameters"]["maxPue"] = 9
check("rule-set.schema.json", broken, "rule set with a PUE limit of 9", expect_valid=False)
broken = copy.deepcopy(rules)
broken["rules"][0]["parameters"]["minShare"] = 0.5
check("rule-set.schema.json", broken, "rule set with a parameter of another check", expect_valid=False)
broken = copy.deepcopy(rules)
broken["laws"][0]["id"] = "EnEfG"
check("rule-set.schema.json", broken, "rule set with an upper-case id", expect_valid=False)

liquid = load(os.path.join(source, "tests", "fixtures", "liquid", "two-racks.json"))
check("liquid-case.schema.json", liquid, "two-racks.json")
pump = next(i for i, link in enumerate(liquid["links"]) if link["kind"] == "pump")
broken = copy.deepcopy(liquid)
broken["links"][pump]["diameterMm"] = 50
check("liquid-case.schema.json", broken, "liquid case with a pump that has a diameter", expect_valid=False)
pipe = next(i for i, link in enumerate(liquid["links"]) if link["kind"] == "pipe")
broken = copy.deepcopy(liquid)
broken["links"][pipe]["diameterMm"] = 0
check("liquid-case.schema.json", broken, "liquid case with a pipe of no diameter", expect_valid=False)

for failure in failures:
    print("FAIL:", failure)
sys.exit(1 if failures else 0)
