#!/usr/bin/env python3
"""Writes the locale and time-zone names Zou accepts on a person, from the libraries Zou checks them with.

Zou keeps a locale that Python Babel's Locale.parse understands (at most 10 characters, the column's width) and a
time zone that pytz knows. Studio cannot run either library, so it ships their names as two text files, embedded
in Studio.Domain. Run again when Zou moves to a newer Babel or pytz (Debian: python3-babel, python3-tz):

    python3 scripts/person-choices.py
"""
import os
import textwrap

import babel
import pytz
from babel import Locale, localedata
from babel.core import get_global

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "Studio.Domain", "Persons")


def parses(name):
    try:
        Locale.parse(name)
        return True
    except Exception:
        return False


def write(file_name, header, names):
    with open(os.path.join(HERE, file_name), "w", encoding="utf-8") as out:
        out.write(f"# {header}\n")
        out.write("\n".join(textwrap.wrap(" ".join(sorted(names)), 110, break_on_hyphens=False)) + "\n")


# Babel's own locales, and the short forms it resolves through CLDR's likely subtags: those CLDR lists, and a
# language with any territory (zh_CN is zh_Hans_CN, fr_ZZ is fr).
identifiers = set(localedata.locale_identifiers())
languages = {name.split("_")[0] for name in identifiers}
territories = set(Locale("en").territories)
candidates = identifiers | set(get_global("likely_subtags")) | {f"{l}_{t}" for l in languages for t in territories}
write("Locales.txt", f"Locale names Babel {babel.__version__} parses (scripts/person-choices.py).",
      [name for name in candidates if len(name) <= 10 and parses(name)])
write("Timezones.txt", f"Time zones of pytz {pytz.__version__} (scripts/person-choices.py).", pytz.all_timezones)
