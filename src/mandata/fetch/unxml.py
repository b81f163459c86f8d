"""The UN's own XML (AKN4UN) of resolutions: UNxml/GAresolutions and UNxml/SCresolutions.

File names hold a job number that nothing else gives (``79session/English/
A_RES_79_10-2421660E.xml``), and they vary (``75session/English/75_10_E.xml``, ``..._reissue.xml``),
so mandata reads the directory listing and picks the file of the symbol, instead of guessing
names. The listing comes from GitHub's contents API,
``GET {MANDATA_UNXML_URL}/GAresolutions/contents/79session/English`` (a JSON list of files, each
with its ``download_url``), kept for a day in the state folder: one listing call per session and
language, then one download per file. GA sessions from the 75th (the 74th is published as ZIP
archives only) and the Security Council from 2020 are looked up; for anything else, and for a
file the listing lacks, the caller falls back to the PDF.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from mandata import lang
from mandata.fetch.checks import BadContent, check

_GA = re.compile(r"A/RES/(\d+)/(\d+)")
_SC = re.compile(r"S/RES/(\d+) \((\d{4})\)")
_JOB = re.compile(r"^(?P<sym>.+?)-\d{6,8}(?P<lang>[ACEFRS])$")
_SESSION75 = re.compile(r"^(?P<session>\d+)_(?P<number>\d+)_(?P<lang>[ACEFRS])$")


@dataclass(frozen=True)
class Entry:
    """A file of a listing."""

    name: str
    url: str


def folder(symbol: str) -> tuple[str, str] | None:
    """The repository and folder that may hold ``symbol``, or None (no UN XML for it)."""
    ga = _GA.fullmatch(symbol)
    if ga and int(ga.group(1)) >= 75:
        return "GAresolutions", f"{ga.group(1)}session"
    sc = _SC.fullmatch(symbol)
    if sc and int(sc.group(2)) >= 2020:
        return "SCresolutions", sc.group(2)
    return None


def listing_url(base: str, repository: str, directory: str, language: str) -> str:
    return f"{base}/{repository}/contents/{directory}/{lang.get(language).name}"


def parse_listing(body: bytes) -> list[Entry]:
    """The files of a contents-API answer (a JSON list of objects with name and download_url)."""
    check(body, "json")
    data = json.loads(body)
    if not isinstance(data, list):
        raise BadContent("a listing that is not a list of files")
    return [
        Entry(str(item["name"]), str(item["download_url"]))
        for item in data
        if isinstance(item, dict) and item.get("download_url") and item.get("name")
    ]


def pick(entries: list[Entry], symbol: str, language: str) -> Entry | None:
    """The file of ``symbol`` in ``language``: a reissue before the first issue, and never a
    stray copy (``... - Copy.xml``)."""
    letter = lang.get(language).un_job_letter
    found: list[tuple[int, Entry]] = []
    for entry in entries:
        named = _symbol_of(entry.name)
        if named and named[0] == symbol and named[1] == letter:
            found.append((0 if "reissue" in entry.name.lower() else 1, entry))
    return min(found, key=lambda f: (f[0], f[1].name))[1] if found else None


def _symbol_of(name: str) -> tuple[str, str] | None:
    """``A_RES_79_10-2421660E.xml`` -> (``A/RES/79/10``, ``E``); ``75_10_E.xml`` ->
    (``A/RES/75/10``, ``E``); None for a copy or anything else."""
    if not name.lower().endswith(".xml") or "copy" in name.lower():
        return None
    stem = re.sub(r"_reissue$", "", name[:-4], flags=re.IGNORECASE)
    job = _JOB.match(stem)
    if job:
        return job.group("sym").replace("_", "/"), job.group("lang")
    old = _SESSION75.match(stem)
    if old:
        return f"A/RES/{old.group('session')}/{old.group('number')}", old.group("lang")
    return None
