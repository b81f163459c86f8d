"""Security Council resolutions: symbol, adoption date and meeting, where the text prints them.

Three sets, each compared with what is printed (read here by lenient patterns of its own, not
by the parser):

- ``<corpus>/sc/*.txt`` (resolutions 1 (1946) to 699 (1991)): the symbol "S/RES/N (YYYY)" under
  the file's own name and under a neutral one; the adoption date (the date the heading prints,
  "of 17 June 1991", or the adoption line's) and the meeting of the closing line ("Adopted
  unanimously at the 2994th meeting.");
- ``<corpus>/pdf/unbench/**/*.pdf`` (Security Council drafts): none prints an adoption line, so
  none may get an adoption date or meeting; each must keep its document date;
- the UN XML of 2020-2021 (``~/.cache/mandata/unxml/sc``, laid out by
  ``<corpus>/unxml/unpack``): the adoption line of every resolution in its six languages, read by
  the language's pattern, against the metadata's adoption date and meeting.

    python scripts/eval_sc.py [--corpus DIR] [--unxml DIR] [--show N]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from baseline import enforce

from mandata.normalize import fold
from mandata.parse import parse_file, parse_raw
from mandata.read import read_file
from mandata.scan.dates import parse_date
from mandata.segment.masthead import sc_adoption

SC_SYMBOL = re.compile(r"S/RES/(?P<num>\d{1,4}) \((?P<year>\d{4})\)")
PRINTED_MEETING = re.compile(r"\bAdopted\b[^.]{0,80}?\b(\d{1,5})(?:st|nd|rd|th)\s+meeting", re.S)
PRINTED_DATE = re.compile(
    r"\A\s*(?:Resolution\s+\d{1,4}(?:\s*\(\d{4}\))?\s*|\d{1,4}\s*\(\d{4}\)\.?\s*Resolution\s+)"
    r"of\s+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\b"
)
LANGUAGES = {"ar": "ar", "en": "en", "es": "es", "fr": "fr", "ru": "ru", "zh": "zh"}


@dataclass
class Count:
    """How many documents print a thing and how many of them mandata reads right."""

    printed: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, name: str, expected: object, got: object) -> None:
        self.printed += 1
        if expected == got:
            self.right += 1
        else:
            self.misses.append(f"{name}: {expected!r} vs {got!r}")

    def line(self, label: str) -> str:
        return f"{label}: {self.right}/{self.printed} = {self.right / max(self.printed, 1):.2%}"


def _number(meeting: str | None) -> str | None:
    found = re.search(r"\d+", meeting or "")
    return found.group(0) if found else None


def sc_texts(corpus: Path) -> dict[str, Count]:
    """The sc/ texts: symbol (own and neutral name), adoption date, meeting."""
    counts = {k: Count() for k in ("symbol", "symbol, neutral name", "date", "meeting")}
    for path in sorted((corpus / "sc").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = parse_file(path, analysis=False)
        neutral = parse_raw(read_file(path), source="document.txt", analysis=False)
        for key, got in (("symbol", doc.symbol), ("symbol, neutral name", neutral.symbol)):
            counts[key].add(path.name, True, bool(got and SC_SYMBOL.fullmatch(got)))
        date = PRINTED_DATE.search(text)
        if date and parse_date(date[1], "en"):
            counts["date"].add(path.name, parse_date(date[1], "en"), doc.adopted)
        meeting = PRINTED_MEETING.search(text)
        if meeting:
            counts["meeting"].add(path.name, meeting[1], _number(doc.meeting))
    return counts


def unbench(corpus: Path) -> dict[str, Count]:
    """The SC draft PDFs: no adoption invented, the document date kept."""
    counts = {k: Count() for k in ("no adoption invented", "document date")}
    for path in sorted((corpus / "pdf" / "unbench").glob("**/*.pdf")):
        doc = parse_file(path, analysis=False)
        counts["no adoption invented"].add(path.name, (None, None), (doc.adopted, doc.meeting))
        counts["document date"].add(path.name, True, doc.date is not None)
    return counts


def _adoption_line(xml: str) -> str | None:
    found = re.search(r'<docTitle refersTo="#adoption">(.*?)</docTitle>', xml, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", found[1]).split()) if found else None


def unxml(folder: Path) -> dict[str, Count]:
    """Adoption lines of the 2020-2021 resolutions in six languages against the metadata."""
    counts = {f"{k} {c}": Count() for c in LANGUAGES for k in ("date", "meeting")}
    for year in sorted(folder.glob("20*")):
        meta = {}
        for line in (year / "metadata.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            meta[row["symbol"]] = row
        for code in LANGUAGES:
            for path in sorted((year / code).glob("S_RES_*.xml")):
                symbol = path.name.split("-")[0].replace("_", "/")
                row = meta.get(symbol)
                line = _adoption_line(path.read_text(encoding="utf-8"))
                if row is None or not line or not parse_date(row["adoption_date"], "en"):
                    continue  # not in the metadata, or no adoption date there
                line = fold(line)[0]
                found = sc_adoption(line, code) or (None, None)
                counts[f"date {code}"].add(
                    f"{path.name}: {line}", parse_date(row["adoption_date"], "en"), found[0]
                )
                english = _english_line(year, path) or ""
                if re.search(r"\d(?:st|nd|rd|th) meeting", english):
                    counts[f"meeting {code}"].add(
                        f"{path.name}: {line}", _number(row["adoption_meeting"]), _number(found[1])
                    )
    return counts


def _english_line(year: Path, path: Path) -> str | None:
    """The English version's adoption line (it tells whether a meeting is printed)."""
    stem = path.stem[:-1]
    for english in (year / "en").glob(f"{stem}E.xml"):
        return _adoption_line(english.read_text(encoding="utf-8"))
    return None


def main() -> int:
    default = os.environ.get(
        "MANDATA_CORPUS", str(Path(__file__).parents[1] / ".." / "shared" / "corpus")
    )
    unxml_default = os.environ.get("MANDATA_UNXML", str(Path.home() / ".cache/mandata/unxml"))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=default)
    ap.add_argument("--unxml", default=unxml_default)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not (corpus / "sc").is_dir():
        print(f"corpus not found at {corpus} (set MANDATA_CORPUS or --corpus)", file=sys.stderr)
        return 2
    sections = [("sc texts", sc_texts(corpus)), ("unbench drafts", unbench(corpus))]
    if (Path(args.unxml) / "sc").is_dir():
        sections.append(("UN XML adoption lines", unxml(Path(args.unxml) / "sc")))
    for title, counts in sections:
        print(title)
        for key, count in counts.items():
            print("   ", count.line(key))
            for miss in count.misses[: args.show]:
                print("       ", miss)
    return enforce("eval_sc", figures(sections[0][1]))


def figures(counts: dict[str, Count]) -> dict[str, float]:
    """The figures that have a floor in scripts/baseline.json: the sc texts' shares read right."""
    return {key: c.right / max(c.printed, 1) for key, c in counts.items()}


if __name__ == "__main__":
    sys.exit(main())
