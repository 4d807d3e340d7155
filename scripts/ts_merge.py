#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Merge German translations after a git merge of two branches that both added strings.

    scripts/ts_merge.py TARGET.ts SOURCE.ts [SOURCE.ts ...]

Fills every unfinished entry of TARGET (run lupdate on the merged sources first) with the finished
translation of the same context and source text from any SOURCE file (e.g. `git show A:translations/...`).
Prints how many entries it filled and how many stay unfinished.
"""
import sys
import xml.etree.ElementTree as ET


def key(context, message):
    comment = message.findtext("comment") or ""
    return (context.findtext("name"), message.findtext("source"), comment)


def finished(translation):
    return translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")


def collect(paths):
    known = {}
    for path in paths:
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                tr = message.find("translation")
                if finished(tr):
                    known.setdefault(key(context, message), tr)
    return known


def main():
    target, sources = sys.argv[1], sys.argv[2:]
    known = collect(sources)
    tree = ET.parse(target)
    filled = left = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            tr = message.find("translation")
            if finished(tr):
                continue
            donor = known.get(key(context, message))
            if donor is None:
                left += 1
                continue
            message.remove(tr)
            copy = ET.fromstring(ET.tostring(donor))
            copy.tail = tr.tail
            message.append(copy)
            filled += 1
    with open(target, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print(f"filled {filled}, unfinished {left}")
    return 0 if left == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
