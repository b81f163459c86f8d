"""Harvest the leading phrases the UN marks in its XML, and report what the tables lack (#13, #21).

The UN prints a paragraph's leading phrase in italics (bold in Arabic and Chinese); its AKN4UN
files mark that span. For each language this script reads the XML of the General Assembly
sessions in the corpus with mandata's reader, and for each marked phrase asks the language's
leading-phrase matcher what it finds at the start of the paragraph:

- **missing**: the matcher finds no phrase (the table lacks it);
- **extent**: the matcher's phrase is longer or shorter than the marked one ("ссылаясь на"
  against "ссылаясь", "Expresses" against "Expresses its appreciation");
- **action**: the action the matcher gives differs from the English version's action for the
  same paragraph (paired by kind and position, where both markups have as many paragraphs of
  that kind).

Each is counted by the marked phrase (case folded), most frequent first, with what the matcher
gave. The tables are edited by hand from this report: the product never reads the corpus.

    python scripts/harvest_phrases.py [--corpus DIR] [--collections ga/77 ga/78] [--lang L ...]
        [--top N]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

from mandata.langid import detect_language
from mandata.model import Document, Paragraph
from mandata.normalize import fold
from mandata.parse import parse_file
from mandata.segment.phrases import leading_phrase

LANGS = ("ar", "en", "es", "fr", "ru", "zh")
_PUNCT = " ,;:，；：،؛"


def _fold(text: str) -> str:
    """A phrase as the text parser sees it (characters folded as normalization folds them:
    Arabic short vowels and shadda out), case folded, one space between words."""
    folded = fold(text)[0]
    return " ".join(folded.casefold().replace("’", "'").split()).strip(_PUNCT)


def _paragraphs(doc: Document) -> dict[str, list[Paragraph]]:
    out: dict[str, list[Paragraph]] = {"preambular": [], "operative": []}
    for res in doc.resolutions:
        out["preambular"].extend(res.preamble)
        out["operative"].extend(res.operative)
    return out


def _read(path: Path, code: str) -> dict[str, list[Paragraph]] | None:
    try:
        doc = parse_file(str(path), language=code, analysis=False)
    except Exception as err:  # a file the reader refuses: said, and the harvest goes on
        print(f"{path.name}: {type(err).__name__}: {err}"[:200], file=sys.stderr)
        return None
    written = detect_language(" ".join(p.text for p in doc.all_paragraphs())[:3000])
    if written not in (None, code):  # a file of another language in this language's folder
        print(f"{path.name}: written in {written}, not {code}", file=sys.stderr)
        return None
    return _paragraphs(doc)


def _english(folder: Path, name: str) -> dict[str, list[Paragraph]] | None:
    """The English version of the file ``name`` (same symbol, the job number's letter E)."""
    stem = name.rsplit("-", 1)[0]
    found = sorted((folder.parent / "en").glob(f"{stem}-*.xml"))
    return _read(found[0], "en") if found else None


class Report:
    """The counts of one language."""

    def __init__(self) -> None:
        self.missing: Counter[str] = Counter()
        self.extent: Counter[tuple[str, str]] = Counter()
        self.actions: dict[str, Counter[str]] = defaultdict(Counter)
        self.ours: dict[str, Counter[str]] = defaultdict(Counter)
        self.seen = 0
        self.after: Counter[str] = Counter()
        self.longer: Counter[tuple[str, str, str, str]] = Counter()
        self.keys: dict[str, Counter[str]] = defaultdict(Counter)
        self.key_action: dict[str, str] = {}
        self.missing_kind: dict[str, Counter[str]] = defaultdict(Counter)
        self.english_of: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)

    def add(self, para: Paragraph, code: str, english: Paragraph | None) -> None:
        if not para.phrase:
            return
        self.seen += 1
        marked = _fold(para.phrase)
        if english is not None and english.action:
            self.english_of[(para.kind, marked)][english.action] += 1
        found = leading_phrase(fold(para.text)[0], code)
        if found is None:
            self.missing[marked] += 1
            self.missing_kind[marked][para.kind] += 1
            return
        ours = _fold(found.text)
        if ours != marked:
            self.extent[(marked, ours)] += 1
            if ours.startswith(marked + " "):
                self.after[ours[len(marked) + 1 :]] += 1
            elif marked.startswith(ours + " "):
                self.longer[(marked, para.kind, found.action_for(para.kind), ours)] += 1
        if english is not None and english.action:
            mine = found.action_for(para.kind)
            self.actions[marked][english.action] += 1
            self.ours[marked][mine] += 1
            if found.key:
                self.keys[f"{para.kind} {found.key}"][english.action] += 1
                self.key_action[f"{para.kind} {found.key}"] = mine


def harvest(corpus: Path, collections: list[str], code: str) -> Report:
    report = Report()
    for collection in collections:
        folder = corpus / collection / code
        for path in sorted(folder.glob("*.xml")):
            mine = _read(path, code)
            if mine is None:
                continue
            english = _english(folder, path.name) if code != "en" else mine
            for kind, paras in mine.items():
                others = english.get(kind, []) if english else []
                paired = len(others) == len(paras)
                for k, para in enumerate(paras):
                    report.add(para, code, others[k] if paired else None)
    return report


def show(code: str, report: Report, top: int) -> None:
    print(f"# {code}: {report.seen} marked phrases")
    print(f"## missing ({sum(report.missing.values())})")
    for phrase, n in report.missing.most_common(top):
        print(f"  {n:5d}  {phrase}")
    print(f"## extent ({sum(report.extent.values())}): marked <- ours")
    for (marked, ours), n in report.extent.most_common(top):
        print(f"  {n:5d}  {marked}  <-  {ours}")
    print("## words after the marked phrase (ours longer by them)")
    for words, n in report.after.most_common(top):
        print(f"  {n:5d}  {words}")
    print("## marked phrases longer than ours: kind, marked, the action ours gives")
    for (marked, kind, action, ours), n in report.longer.most_common(top):
        print(f"  {n:5d}  {kind} {marked!r}: {action}  (ours {ours!r})")
    print("## table keys whose action is unlike the English (share of the English majority)")
    for key, english in sorted(report.keys.items(), key=lambda kv: -kv[1].total()):
        want, count = english.most_common(1)[0]
        if want != report.key_action[key] and count >= 3:
            share = count / english.total()
            print(f"  {english.total():5d}  {key}: {report.key_action[key]} -> {want} {share:.2f}")
    wrong = []
    for phrase, english in report.actions.items():
        want, count = english.most_common(1)[0]
        mine, _ = report.ours[phrase].most_common(1)[0]
        if mine != want and count >= english.total() / 2:
            wrong.append((english.total(), phrase, mine, english))
    print(f"## action unlike the English ({len(wrong)} phrases)")
    for total, phrase, mine, english in sorted(wrong, reverse=True)[:top]:
        print(f"  {total:5d}  {phrase}: ours {mine}, English {dict(english.most_common(3))}")


def suggest(report: Report, least: int = 3) -> dict[str, list[list[object]]]:
    """Table edits the report points to, for a reader to review: table keys whose action is
    unlike the English majority; phrases the UN marks that the tables lack or that run past the
    table's phrase (with the English majority's action); words after the marked phrase."""
    actions: list[list[object]] = []
    for key, english in report.keys.items():
        want, count = english.most_common(1)[0]
        if want != report.key_action[key] and count >= least and count * 2 > english.total():
            kind, _, phrase = key.partition(" ")
            actions.append([kind, phrase, report.key_action[key], want, english.total()])
    add: list[list[object]] = []
    for phrase, kinds in report.missing_kind.items():
        for kind, n in kinds.items():  # Chinese prints both kinds alike: each kind its own
            _add(add, report, kind, phrase, None, n, least)
    for (phrase, kind, action, _), n in report.longer.items():
        _add(add, report, kind, phrase, action, n, least)
    after = [[words, n] for words, n in report.after.most_common() if n >= least]
    return {"actions": actions, "add": add, "after": after}


def _add(
    out: list[list[object]],
    report: Report,
    kind: str,
    phrase: str,
    action: str | None,
    n: int,
    least: int,
) -> None:
    english = report.english_of.get((kind, phrase))
    if english:
        want, count = english.most_common(1)[0]
        action = want if count * 2 > english.total() else action or want
    if action and n >= least and not any(ch.isdigit() for ch in phrase):
        out.append([kind, phrase, action, n])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=os.environ.get("MANDATA_UNXML"))
    parser.add_argument("--collections", nargs="+", default=["ga/77", "ga/78"])
    parser.add_argument("--lang", nargs="+", default=list(LANGS))
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--suggest", help="write the table edits it points to (JSON) here")
    args = parser.parse_args()
    corpus = Path(args.corpus) if args.corpus else Path.home() / ".cache/mandata/unxml"
    if not corpus.is_dir():
        print(f"error: no UN XML folder at {corpus} (run ../shared/corpus/unxml/unpack)")
        return 2
    suggestions = {}
    for code in args.lang:
        report = harvest(corpus, args.collections, code)
        show(code, report, args.top)
        suggestions[code] = suggest(report)
    if args.suggest:
        Path(args.suggest).write_text(json.dumps(suggestions, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
