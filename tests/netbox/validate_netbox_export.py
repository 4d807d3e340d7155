#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks a `rackwerk-cli netbox export` folder against NetBox's import rules, independently of Rackwerk's code:
device-type YAML against tests/netbox/devicetype.schema.json (our own schema of the community library's format),
the CSVs against the table below of NetBox's import forms. Prints one line per problem; exit 1 if any.

  validate_netbox_export.py EXPORT_DIR                 check an export folder
  validate_netbox_export.py --library DIR_OR_FILE ...  check device-type YAML files (a library folder)
  validate_netbox_export.py --cli RACKWERK_CLI         export the demo plan to a temporary folder and check it
  --self-test                                          also show that broken copies are refused

Sources of the CSV table (read, not copied; values are NetBox's documented choice values):
  https://github.com/netbox-community/netbox/blob/main/netbox/dcim/forms/bulk_import.py  (import form fields)
  https://github.com/netbox-community/netbox/blob/main/netbox/dcim/choices.py            (choice values)
  https://github.com/netbox-community/netbox/blob/main/netbox/dcim/models/  (racks.py, devices.py, power.py:
      field types and validators, e.g. integer outer dimensions, position >= 1 in half units)
  https://netboxlabs.com/docs/netbox/models/dcim/  (site, location, rack, device, powerpanel, powerfeed pages)
Exit 77 (skipped) without python3-jsonschema or python3-yaml."""
import argparse
import copy
import csv
import decimal
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import jsonschema
    import yaml
except ImportError as missing:
    print(f"{missing.name} is not installed: skipped")
    sys.exit(77)

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")  # NetBox's SlugField
COLOR = re.compile(r"^[0-9a-f]{6}$")  # NetBox's ColorField (lower-case hex, no '#')

# NetBox choice sets (dcim/choices.py) for the values Rackwerk writes.
SITE_STATUS = {"planned", "staging", "active", "decommissioning", "retired"}  # SiteStatusChoices
LOCATION_STATUS = SITE_STATUS  # LocationStatusChoices has the same values
RACK_STATUS = {"reserved", "available", "planned", "active", "deprecated"}  # RackStatusChoices
RACK_WIDTH = {"10", "19", "21", "23"}  # RackWidthChoices (inches)
RACK_UNIT = {"mm", "in"}  # RackDimensionUnitChoices
WEIGHT_UNIT = {"kg", "g", "lb", "oz"}  # WeightUnitChoices
DEVICE_STATUS = {"offline", "active", "planned", "staged", "failed", "inventory", "decommissioning"}
DEVICE_FACE = {"front", "rear"}  # DeviceFaceChoices
DEVICE_AIRFLOW = {"front-to-rear", "rear-to-front", "left-to-right", "right-to-left", "side-to-rear",
                  "rear-to-side", "bottom-to-top", "top-to-bottom", "passive", "mixed"}  # DeviceAirflowChoices
FEED_STATUS = {"offline", "active", "planned", "failed"}  # PowerFeedStatusChoices
FEED_TYPE = {"primary", "redundant"}  # PowerFeedTypeChoices
FEED_SUPPLY = {"ac", "dc"}  # PowerFeedSupplyChoices
FEED_PHASE = {"single-phase", "three-phase"}  # PowerFeedPhaseChoices

# Per file: the NetBox model, the columns its import form accepts (Meta.fields plus custom-field-free
# extras), those it requires, and the choice columns. Accepted columns follow NetBox 4.x.
IMPORT_FORMS = {
    "01-sites.csv": dict(
        model="Site (SiteImportForm)",
        accepted={"name", "slug", "status", "region", "group", "tenant", "facility", "time_zone", "description",
                  "physical_address", "shipping_address", "latitude", "longitude", "owner", "comments", "tags"},
        required={"name", "slug", "status"}, choices={"status": SITE_STATUS}),
    "02-locations.csv": dict(
        model="Location (LocationImportForm)",
        accepted={"site", "parent", "name", "slug", "status", "tenant", "facility", "description", "owner",
                  "comments", "tags"},
        required={"site", "name", "slug", "status"}, choices={"status": LOCATION_STATUS}),
    "03-manufacturers.csv": dict(
        model="Manufacturer (ManufacturerImportForm)",
        accepted={"name", "slug", "description", "owner", "comments", "tags"},
        required={"name", "slug"}, choices={}),
    "04-device-roles.csv": dict(
        model="Device role (DeviceRoleImportForm)",
        accepted={"name", "slug", "parent", "color", "vm_role", "config_template", "description", "owner",
                  "comments", "tags"},
        required={"name", "slug", "color"}, choices={}),
    "05-racks.csv": dict(
        model="Rack (RackImportForm)",
        accepted={"site", "location", "group", "name", "facility_id", "tenant", "status", "role", "rack_type",
                  "form_factor", "serial", "asset_tag", "width", "u_height", "starting_unit", "desc_units",
                  "outer_width", "outer_height", "outer_depth", "outer_unit", "mounting_depth", "airflow", "weight",
                  "max_weight", "weight_unit", "description", "owner", "comments", "tags"},
        required={"site", "name", "status"},
        choices={"status": RACK_STATUS, "width": RACK_WIDTH, "outer_unit": RACK_UNIT, "weight_unit": WEIGHT_UNIT}),
    "06-devices.csv": dict(
        model="Device (DeviceImportForm)",
        accepted={"name", "role", "tenant", "manufacturer", "device_type", "platform", "serial", "asset_tag",
                  "status", "site", "location", "rack", "position", "face", "latitude", "longitude", "parent",
                  "device_bay", "airflow", "virtual_chassis", "vc_position", "vc_priority", "cluster",
                  "description", "config_template", "owner", "comments", "tags"},
        required={"role", "manufacturer", "device_type", "status", "site"},
        choices={"status": DEVICE_STATUS, "face": DEVICE_FACE, "airflow": DEVICE_AIRFLOW}),
    "07-power-panels.csv": dict(
        model="Power panel (PowerPanelImportForm)",
        accepted={"site", "location", "name", "description", "owner", "comments", "tags"},
        required={"site", "name"}, choices={}),
    "08-power-feeds.csv": dict(
        model="Power feed (PowerFeedImportForm)",
        accepted={"site", "power_panel", "location", "rack", "name", "status", "type", "mark_connected", "supply",
                  "phase", "voltage", "amperage", "max_utilization", "tenant", "description", "owner",
                  "comments", "tags"},
        required={"site", "power_panel", "name", "status", "type", "supply", "phase"},
        choices={"status": FEED_STATUS, "type": FEED_TYPE, "supply": FEED_SUPPLY, "phase": FEED_PHASE}),
}


class UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a key written twice (PyYAML keeps the last one silently)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def empty_strings(value, where=""):
    """Paths of the empty strings in a YAML document."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from empty_strings(item, f"{where}/{key}" if where else str(key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from empty_strings(item, f"{where}/{i}")
    elif value == "":
        yield where


class Checker:
    def __init__(self):
        with open(os.path.join(HERE, "devicetype.schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        self.validator = jsonschema.Draft202012Validator(schema)
        self.problems = []

    def problem(self, where, text):
        self.problems.append(f"{where}: {text}")

    # Device types -------------------------------------------------------------------------------------------

    def device_type(self, path, label=None):
        """Checks one YAML file; returns the document or None."""
        label = label or path
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
            document = yaml.load(text, Loader=UniqueKeyLoader)
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
            self.problem(label, "not readable YAML: " + " ".join(str(error).split()))
            return None
        if not text.endswith("\n"):
            self.problem(label, "no newline at the end (the library requires one)")
        if not isinstance(document, dict):
            self.problem(label, "not a mapping of keys to values")
            return None
        for error in sorted(self.validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
            self.problem(label, f"{where}: {error.message}")
        for where in empty_strings(document):
            self.problem(label, f"{where}: empty string (the library refuses empty quotes)")
        weight = document.get("weight")
        if isinstance(weight, (int, float)) and decimal.Decimal(repr(weight)).as_tuple().exponent < -2:
            self.problem(label, f"weight {weight} has more than two decimals (NetBox stores two)")
        names = set()
        for i, port in enumerate(document.get("power-ports") or []):
            if not isinstance(port, dict):
                continue
            if port.get("name") in names:
                self.problem(label, f"power-ports/{i}: name {port.get('name')!r} used twice")
            names.add(port.get("name"))
            maximum, allocated = port.get("maximum_draw"), port.get("allocated_draw")
            if isinstance(maximum, int) and isinstance(allocated, int) and allocated > maximum:
                self.problem(label, f"power-ports/{i}: allocated_draw {allocated} W is above maximum_draw {maximum} W")
        return document

    def library(self, paths):
        """Checks device-type files; slugs must be unique within each folder given (as within one library)."""
        files = []
        for path in paths:
            files += self.library_set([path])
        return files

    def library_set(self, paths):
        files = []
        for path in paths:
            if os.path.isdir(path):
                files += sorted(glob.glob(os.path.join(path, "**", "*.yaml"), recursive=True))
                files += sorted(glob.glob(os.path.join(path, "**", "*.yml"), recursive=True))
            else:
                files.append(path)
        if not files:
            self.problem(" ".join(paths), "no device-type files found")
        slugs = {}
        for path in files:
            document = self.device_type(path)
            slug = document.get("slug") if document else None
            if slug in slugs:
                self.problem(path, f"slug {slug!r} also in {slugs[slug]}")
            elif slug:
                slugs[slug] = path
        return files

    # CSVs ---------------------------------------------------------------------------------------------------

    def table(self, folder, name):
        path = os.path.join(folder, name)
        form = IMPORT_FORMS[name]
        try:
            with open(path, encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))
        except (OSError, UnicodeDecodeError, csv.Error) as error:
            self.problem(name, f"not readable: {error}")
            return []
        if not rows:
            self.problem(name, "empty: NetBox needs a header line")
            return []
        header = rows[0]
        for column in header:
            if column not in form["accepted"]:
                self.problem(name, f"column {column!r} is not a field of NetBox's {form['model']}")
        if len(set(header)) != len(header):
            self.problem(name, "a column is named twice")
        for column in sorted(form["required"] - set(header)):
            self.problem(name, f"required column {column!r} of NetBox's {form['model']} is missing")
        records = []
        for line, cells in enumerate(rows[1:], start=2):
            if len(cells) != len(header):
                self.problem(f"{name}:{line}", f"{len(cells)} cells for {len(header)} columns")
                continue
            record = dict(zip(header, cells))
            for column in form["required"] & set(header):
                if not record[column].strip():
                    self.problem(f"{name}:{line}", f"required {column!r} is empty")
            for column, allowed in form["choices"].items():
                value = record.get(column, "")
                if value and value not in allowed:
                    self.problem(f"{name}:{line}", f"{column} {value!r} is not one of NetBox's {sorted(allowed)}")
            record["_where"] = f"{name}:{line}"
            records.append(record)
        return records

    def integer(self, record, column, low, high, required=False):
        value = record.get(column, "")
        if not value:
            if required:
                self.problem(record["_where"], f"{column} is empty")
            return None
        if not re.fullmatch(r"-?[0-9]+", value) or not low <= int(value) <= high:
            self.problem(record["_where"], f"{column} {value!r} is not a whole number from {low} to {high}")
            return None
        return int(value)

    def slug(self, record, column="slug"):
        value = record.get(column, "")
        if value and (not SLUG.match(value) or len(value) > 100):
            self.problem(record["_where"], f"{column} {value!r} is not a NetBox slug (letters, digits, - and _)")

    def export(self, folder):
        """Checks every file of an export folder and that the files refer to each other as NetBox resolves them."""
        if not os.path.isdir(folder):
            self.problem(folder, "no such folder")
            return
        for name in sorted(set(os.listdir(folder)) - set(IMPORT_FORMS) - {"device-types"}):
            self.problem(name, "unexpected file in the export")
        for name in IMPORT_FORMS:
            if not os.path.exists(os.path.join(folder, name)):
                self.problem(name, "missing from the export")
        t = {name: self.table(folder, name) if os.path.exists(os.path.join(folder, name)) else []
             for name in IMPORT_FORMS}

        types = {}
        for path in self.library([os.path.join(folder, "device-types")]):
            with open(path, encoding="utf-8") as f:
                try:
                    document = yaml.safe_load(f)
                except yaml.YAMLError:
                    continue
            if isinstance(document, dict):
                types[(document.get("manufacturer"), document.get("model"))] = document

        sites = {r["name"] for r in t["01-sites.csv"]}
        for r in t["01-sites.csv"]:
            self.slug(r)
        locations = set()
        for r in t["02-locations.csv"]:
            self.slug(r)
            self.reference(r, "site", sites)
            key = (r.get("site"), r.get("name"))
            if key in locations:
                self.problem(r["_where"], f"location {r.get('name')!r} twice in site {r.get('site')!r}")
            locations.add(key)
        manufacturers = {r["name"] for r in t["03-manufacturers.csv"]}
        for r in t["03-manufacturers.csv"]:
            self.slug(r)
        roles = {r["name"] for r in t["04-device-roles.csv"]}
        for r in t["04-device-roles.csv"]:
            self.slug(r)
            if r.get("color") and not COLOR.match(r["color"]):
                self.problem(r["_where"], f"color {r['color']!r} is not six lower-case hex digits")

        racks = {}
        for r in t["05-racks.csv"]:
            self.located(r, sites, locations)
            height = self.integer(r, "u_height", 1, 100)
            for column in ("outer_width", "outer_depth"):
                self.integer(r, column, 1, 32767)  # PositiveSmallIntegerField
            self.integer(r, "max_weight", 0, 2147483647)  # PositiveIntegerField
            key = (r.get("site"), r.get("location"), r.get("name"))
            if key in racks:
                self.problem(r["_where"], f"rack {r.get('name')!r} twice in one location")
            racks[key] = {"height": height or 42, "used": {}}

        names = set()
        for r in t["06-devices.csv"]:
            self.located(r, sites, locations)
            self.reference(r, "role", roles)
            self.reference(r, "manufacturer", manufacturers)
            device_type = types.get((r.get("manufacturer"), r.get("device_type")))
            if device_type is None:
                self.problem(r["_where"], f"device type {r.get('manufacturer')!r} {r.get('device_type')!r} has no "
                                          "YAML under device-types/")
            if r.get("name"):
                if (r.get("site"), r["name"]) in names:
                    self.problem(r["_where"], f"device name {r['name']!r} twice in one site")
                names.add((r.get("site"), r["name"]))
            rack = racks.get((r.get("site"), r.get("location"), r.get("rack"))) if r.get("rack") else None
            if r.get("rack") and rack is None:
                self.problem(r["_where"], f"rack {r.get('rack')!r} is not in 05-racks.csv for that site and location")
            self.placement(r, rack, device_type)

        panels = set()
        for r in t["07-power-panels.csv"]:
            self.located(r, sites, locations)
            key = (r.get("site"), r.get("name"))
            if key in panels:
                self.problem(r["_where"], f"power panel {r.get('name')!r} twice in one site")
            panels.add(key)
        feeds = set()
        for r in t["08-power-feeds.csv"]:
            self.located(r, sites, locations)
            if (r.get("site"), r.get("power_panel")) not in panels:
                self.problem(r["_where"], f"power_panel {r.get('power_panel')!r} is not in 07-power-panels.csv")
            if r.get("rack") and (r.get("site"), r.get("location"), r.get("rack")) not in racks:
                self.problem(r["_where"], f"rack {r.get('rack')!r} is not in 05-racks.csv for that site and location")
            key = (r.get("power_panel"), r.get("name"))
            if key in feeds:
                self.problem(r["_where"], f"feed {r.get('name')!r} twice on panel {r.get('power_panel')!r}")
            feeds.add(key)
            voltage = self.integer(r, "voltage", -32768, 32767)
            if voltage is not None and (voltage == 0 or (r.get("supply") == "ac" and voltage < 0)):
                self.problem(r["_where"], f"voltage {voltage} is not allowed for supply {r.get('supply')!r}")
            self.integer(r, "amperage", 1, 32767)
            self.integer(r, "max_utilization", 1, 100)

    def reference(self, record, column, known):
        if record.get(column) and record[column] not in known:
            self.problem(record["_where"], f"{column} {record[column]!r} is not defined by an earlier file")

    def located(self, record, sites, locations):
        self.reference(record, "site", sites)
        if record.get("location") and (record.get("site"), record["location"]) not in locations:
            self.problem(record["_where"], f"location {record['location']!r} is not in 02-locations.csv for that site")

    def placement(self, record, rack, device_type):
        """NetBox's Device.clean(): a position needs a rack and a face, lies on half units from 1, fits the rack,
        is free, and a zero-U device has none."""
        position = record.get("position", "")
        height = device_type.get("u_height") if device_type else None
        if not position:
            if record.get("face") and not record.get("rack"):
                self.problem(record["_where"], "face without a rack")
            return
        try:
            start = decimal.Decimal(position)
        except decimal.InvalidOperation:
            self.problem(record["_where"], f"position {position!r} is not a number")
            return
        if start < 1 or start % decimal.Decimal("0.5") != 0:
            self.problem(record["_where"], f"position {position} is not a half or whole unit from 1")
        if not record.get("face"):
            self.problem(record["_where"], "a rack position needs a face (front or rear)")
        if rack is None:
            self.problem(record["_where"], "a position needs a rack")
            return
        if not isinstance(height, (int, float)):
            return
        if height == 0:
            self.problem(record["_where"], "a zero-U device type cannot take a rack position")
            return
        top = start + decimal.Decimal(repr(height)) - decimal.Decimal("0.5")
        if top > rack["height"] + decimal.Decimal("0.5"):
            self.problem(record["_where"], f"{height} U from U{position} does not fit a {rack['height']} U rack")
        face = record.get("face")
        full_depth = bool(device_type.get("is_full_depth"))
        unit = start
        while unit <= top:
            for other_face, other in rack["used"].get(unit, []):
                if other_face == face or full_depth or other["full"]:
                    self.problem(record["_where"], f"U{unit} is already taken by {other['where']}")
            rack["used"].setdefault(unit, []).append((face, {"where": record["_where"], "full": full_depth}))
            unit += decimal.Decimal("0.5")


def self_test(export_folder, source):
    """Broken copies that NetBox would refuse must each give a problem naming what is wrong."""
    failures = []

    def expect(label, run, needle):
        checker = Checker()
        run(checker)
        hits = [p for p in checker.problems if needle in p]
        print(f"self-test {label}: {'refused' if hits else 'ACCEPTED'}" + (f" ({hits[0]})" if hits else ""))
        if not hits:
            failures.append(f"self-test {label}: no problem mentioning {needle!r} in {checker.problems[:3]}")

    types = sorted(glob.glob(os.path.join(export_folder, "device-types", "*", "*.yaml")))
    with open(types[0], encoding="utf-8") as f:
        good = yaml.safe_load(f)
    with tempfile.TemporaryDirectory() as work:

        def broken_type(name, change):
            document = copy.deepcopy(good)
            change(document)
            path = os.path.join(work, name + ".yaml")
            with open(path, "w", encoding="utf-8") as f:
                yaml.safe_dump(document, f, sort_keys=False)
            return lambda c: c.device_type(path)

        expect("airflow sideways", broken_type("airflow", lambda d: d.update(airflow="sideways")), "airflow")
        expect("u_height 1.3", broken_type("height", lambda d: d.update(u_height=1.3)), "u_height")
        expect("unknown top-level key", broken_type("key", lambda d: d.update(cooling="liquid")), "cooling")
        expect("no slug", broken_type("slug", lambda d: d.pop("slug")), "slug")
        expect("upper-case slug", broken_type("slugcase", lambda d: d.update(slug="Dell-XE")), "slug")
        expect("weight without unit", broken_type("unit", lambda d: d.pop("weight_unit")), "weight_unit")

        def over_allocated(d):
            d["power-ports"] = [{"name": "PSU1", "type": "iec-60320-c20", "maximum_draw": 1000, "allocated_draw": 1200}]

        expect("allocated_draw above maximum_draw", broken_type("draw", over_allocated), "allocated_draw")
        expect("zero-watt maximum_draw", broken_type("zero", lambda d: d["power-ports"][0].update(maximum_draw=0)),
               "maximum_draw")
        expect("fractional watts", broken_type("frac", lambda d: d["power-ports"][0].update(maximum_draw=912.5)),
               "maximum_draw")
        expect("unknown plug", broken_type("plug", lambda d: d["power-ports"][0].update(type="schuko")), "type")

        # The deliberately broken fixtures of tests/fixtures/netbox must be refused too.
        broken_fixtures = {"anchor-alias.yaml": "slug", "duplicate-key.yaml": "duplicate key",
                           "missing-model.yaml": "model", "negative-draw.yaml": "maximum_draw",
                           "pdu-0u.yaml": "slug", "tab-indent.yaml": "YAML"}
        for name, needle in broken_fixtures.items():
            path = os.path.join(source, "tests", "fixtures", "netbox", name)
            expect(f"fixture {name}", lambda c, p=path: c.device_type(p), needle)

        def broken_export(label, file_name, change, needle):
            folder = os.path.join(work, label.replace(" ", "-"))
            shutil.copytree(export_folder, folder)
            path = os.path.join(folder, file_name)
            with open(path, encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))
            change(rows)
            with open(path, "w", encoding="utf-8", newline="") as f:
                csv.writer(f, lineterminator="\n").writerows(rows)
            expect(label, lambda c: c.export(folder), needle)

        def set_cell(column, value, row=1):
            def change(rows):
                rows[row][rows[0].index(column)] = value
            return change

        def add_column(rows):
            rows[0].append("cooling")
            for row in rows[1:]:
                row.append("liquid")

        expect_csv = [
            ("unknown CSV header", "05-racks.csv", add_column, "'cooling'"),
            ("rack width 20", "05-racks.csv", set_cell("width", "20"), "width"),
            ("rack status built", "05-racks.csv", set_cell("status", "built"), "status"),
            ("half-millimetre rack", "05-racks.csv", set_cell("outer_width", "600.5"), "outer_width"),
            ("device face top", "06-devices.csv", set_cell("face", "top"), "face"),
            ("device without status", "06-devices.csv", set_cell("status", ""), "status"),
            ("device in an unknown rack", "06-devices.csv", set_cell("rack", "Z99"), "Z99"),
            ("device above the rack top", "06-devices.csv", set_cell("position", "47"), "does not fit"),
            ("two devices in one unit", "06-devices.csv", set_cell("position", "12", row=1), "already taken"),
            ("feed type backup", "08-power-feeds.csv", set_cell("type", "backup"), "type"),
            ("feed supply three-phase", "08-power-feeds.csv", set_cell("supply", "3ph"), "supply"),
            ("feed phase split", "08-power-feeds.csv", set_cell("phase", "split-phase"), "phase"),
            ("feed utilisation 120 %", "08-power-feeds.csv", set_cell("max_utilization", "120"), "max_utilization"),
            ("feed from an unknown panel", "08-power-feeds.csv", set_cell("power_panel", "PX"), "power_panel"),
            ("role colour with #", "04-device-roles.csv", set_cell("color", "#9e9e9e"), "color"),
            ("site slug with a space", "01-sites.csv", set_cell("slug", "hall 1"), "slug"),
        ]
        for label, file_name, change, needle in expect_csv:
            broken_export(label, file_name, change, needle)
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("export", nargs="?", help="a folder written by `rackwerk-cli netbox export`")
    parser.add_argument("--cli", help="rackwerk-cli: export the demo plan and check that")
    parser.add_argument("--library", nargs="+", default=[], help="device-type YAML files or folders to check")
    parser.add_argument("--self-test", action="store_true", help="show that broken copies are refused")
    parser.add_argument("--source", default=os.path.dirname(os.path.dirname(HERE)), help="the source tree")
    args = parser.parse_args()
    if not args.export and not args.cli and not args.library:
        parser.error("give an export folder, --cli or --library")

    checker = Checker()
    failures = []
    with tempfile.TemporaryDirectory() as work:
        export = args.export
        if args.cli:
            export = os.path.join(work, "export")
            subprocess.run([args.cli, "netbox", "export", "demo", export], check=True, stdout=subprocess.DEVNULL)
        if export:
            checker.export(export)
            print(f"{export}: export folder checked")
        if args.library:
            files = checker.library(args.library)
            print(f"device-type library: {len(files)} files checked")
        if args.self_test:
            if not export:
                parser.error("--self-test needs an export folder or --cli")
            failures = self_test(export, args.source)
    for problem in checker.problems:
        print("PROBLEM:", problem)
    for failure in failures:
        print("FAIL:", failure)
    return 1 if checker.problems or failures else 0


if __name__ == "__main__":
    sys.exit(main())
