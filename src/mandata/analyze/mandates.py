"""Mandates: what an operative paragraph asks for.

- A report: a request or invitation to submit a report, to report, or to include something in a
  report (``ANALYSIS["report_request"]``), with its addressee, the session it is due at (the first
  session named after the request) and its periodicity ("annually", "biennially").
- An agenda item: a decision to include an item or sub-item in the provisional agenda of a
  session (rule 13 (c) of the rules of procedure), with the item's title (the quoted title after
  "entitled") and its parent (the quoted title after "under the item entitled").
- A directive: another ask to a named actor (invites, requests, urges, calls upon, encourages),
  from the paragraph's leading verb or from a verb joined to it ("..., and invites X to ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from mandata import lang, patterns
from mandata.analyze.entities import entities_at
from mandata.analyze.sessions import SessionMention
from mandata.model import Mandate
from mandata.scan import lowered
from mandata.scan.needles import may_match

# "Recommends that States cooperate closely" asks the States, as the Russian "рекомендует
# государствам" (Encourages) does
DIRECTIVE_ACTIONS = frozenset(
    {"invite", "request", "urge", "call_upon", "encourage", "appeal", "recommend"}
)
# quotations: “…”, «…», „…“, 「…」, and the Arabic ”…“
_QUOTED = re.compile(r"[“”\"«„「](?P<q>[^”\"»“」]{2,400})[”\"»“」]")
_LEAD = 24  # a leading phrase's extent: a report request that starts within it is its ask
_ADDRESSEE_SPAN = 60  # the addressee follows the verb: "Requests the Secretary-General"
_ADDRESSEE_READ = (
    200  # and its name may run on: "... of the Collective Security Treaty Organization"
)


@dataclass(frozen=True)
class Context:
    """What a paragraph's mandates need of the document: the organizations named before it
    (whose officers "the Secretary-General of the Authority" names) and the resolution itself
    ("the present resolution": its symbol and title)."""

    orgs: tuple[str, ...] = ()
    resolution: str | None = None


@dataclass(frozen=True)
class _Patterns:
    report: re.Pattern[str]
    include: re.Pattern[str]
    defer: re.Pattern[str]
    under: re.Pattern[str]
    sub_of: re.Pattern[str]
    entitled: re.Pattern[str]
    periods: tuple[tuple[str, re.Pattern[str]], ...]
    inner_verbs: re.Pattern[str]
    verb_at: re.Pattern[str]
    additive_after: re.Pattern[str]
    verbs: dict[str, str]
    subject: re.Pattern[str]
    subject_end: re.Pattern[str]
    present: re.Pattern[str]
    subject_before: bool
    joiner: re.Pattern[str] | None
    by_object: dict[str, tuple[tuple[re.Pattern[str], str], ...]]
    ask_as: dict[str, str]  # a leading action that asks as another ("ask_as": "a>b;c>d")
    asides: re.Pattern[str] | None  # words between a verb and its object ("verb_asides")
    not_ask: re.Pattern[str] | None  # before a joined verb: no ask of its own ("not_ask_before")
    items_open: re.Pattern[str] | None  # a list of items follows, each a verb of the ask before
    items_of: frozenset[str]  # leading actions whose items are verbs of their own ("items_of")
    # before a joined verb that repeats the ask before it for more addressees: the same ask
    repeated: re.Pattern[str] | None


@cache
def _patterns(code: str) -> _Patterns:
    data = lang.get(code)
    table = data.analysis
    operative = data.operative
    # every operative verb, so that the longest one found is read ("призывает к", calls for,
    # is not "призывает", calls upon); only the directive ones make an ask
    verbs = {k.casefold(): v for k, v in operative.items()}
    # the longest first, as one trie; a table's apostrophe matches the typeset one too
    # ("Continue d'exhorter" in the table, "continue d’exhorter" in the text)
    alternation = patterns.literal_trie(verbs, _verb_char)
    # a whole word ("et les engage", not "et les engagements"), unless the language glues
    # pronouns to its verbs (Arabic "وتشجعها") or writes no spaces (Chinese)
    end = table.get("verb_end", r"(?![^\W\d_])")
    flags = re.IGNORECASE
    adverbs = _adverbs(data.additives, data.modifiers, table.get("ask_adverbs", ""), end)
    return _Patterns(
        report=re.compile(table["report_request"], flags),
        include=re.compile(table["agenda_include"], flags),
        defer=re.compile(table["agenda_defer"], flags),
        under=re.compile(table["under_item"], flags),
        sub_of=re.compile(table["sub_item_of"], flags),
        entitled=re.compile(table["entitled"], flags),
        periods=tuple(
            (name, re.compile(table[name], flags)) for name in ("annual", "biennial", "triennial")
        ),
        inner_verbs=patterns.compile(
            rf"(?:{table['conjunction']}){adverbs}(?P<verb>{alternation}){end}", flags
        ),
        verb_at=re.compile(rf"(?P<verb>{alternation}){end}", flags),
        additive_after=_additive_after(data.additives),
        verbs=verbs,
        subject=re.compile(table["report_subject"], flags),
        subject_end=re.compile(table["subject_end"], flags),
        present=re.compile(table["present_resolution"], flags),
        subject_before=bool(table["subject_before"]),
        joiner=re.compile(table["session_joiner"]) if table.get("session_joiner") else None,
        by_object=lang.actions_by_object(code),
        ask_as=dict(
            pair.split(">", 1) for pair in table.get("ask_as", "").split(";") if ">" in pair
        ),
        asides=(
            re.compile(rf"(?:\s*,?\s*(?:{table['verb_asides']}){end}\s*,?)+\s*", flags)
            if table.get("verb_asides")
            else None
        ),
        not_ask=re.compile(table["not_ask_before"]) if table.get("not_ask_before") else None,
        items_open=re.compile(table["items_open"]) if table.get("items_open") else None,
        items_of=frozenset(table.get("items_of", "").split()),
        repeated=re.compile(table["repeated_ask"]) if table.get("repeated_ask") else None,
    )


def _verb_char(ch: str) -> str:
    """A table verb's character as a pattern: its apostrophe either one."""
    return "['’]" if ch == "'" else re.escape(ch)


def _adverbs(additives: tuple[str, ...], modifiers: dict[str, str], extra: str, end: str) -> str:
    """Words that may stand between a second ask's conjunction and its verb, up to two: the
    language's additives and manner words ("and once again requests", "and strongly urges") and
    its sentence adverbs (``ask_adverbs``: "and therefore requests"). A pattern that may match
    nothing; ``end`` ends a word (nothing in Chinese)."""
    words = patterns.literal_trie(
        [w.casefold() for w in (*additives, *modifiers)],
        lambda ch: r"\s+" if ch == " " else re.escape(ch),
    )
    alternatives = f"{words}|{extra}" if extra else words
    return rf"(?:(?:{alternatives}){end}[\s,،，]*){{0,2}}"


def _additive_after(additives: tuple[str, ...]) -> re.Pattern[str]:
    """An additive that ends a verb phrase ("demande de nouveau", "prie de nouveau"): the
    languages that put "again" after the verb, where English puts it before ("and once again
    requests")."""
    words = patterns.literal_trie(
        [w.casefold() for w in additives], lambda ch: r"\s+" if ch == " " else re.escape(ch)
    )
    return re.compile(rf"\s+(?:{words})$", re.IGNORECASE)


def find_mandates(
    text: str,
    code: str,
    action: str | None,
    sessions: list[SessionMention],
    paragraph: str | None = None,
    current: int | None = None,
    context: Context | None = None,
    lead: int = 0,
) -> list[Mandate]:
    """The mandates of one operative paragraph (its text, leading action and sessions);
    ``current`` is the document's session: a session before it is no due date; ``lead`` is
    where the leading phrase ends in ``text`` (its verb may follow an opening aside:
    "在这方面，鼓励", in this regard encourages)."""
    p = _patterns(code)
    context = context or Context()
    mandates: list[Mandate] = []
    report_starts: list[int] = []
    includes = list(p.include.finditer(text)) if may_match(p.include, text) else []
    due = _due(sessions, current)
    for m in includes:
        mandates.append(_agenda_item(text, m, due, p, paragraph))
    mandates.extend(_deferred(text, includes, sessions, current, p, paragraph))
    asks = _asks(text, p.ask_as.get(action or "", action), lead, p)
    for m in _report_requests(text, includes, [at for at, _ in asks], p):
        for session in _sessions_of_request(text, due, m.start(), p.joiner):
            mandates.append(_report(text, code, m, session, p, paragraph, context))
        report_starts.append(m.start())
    mandates.extend(_directives(text, code, asks, report_starts, paragraph, context))
    return mandates


def _report_requests(
    text: str, includes: list[re.Match[str]], asks: list[int], p: _Patterns
) -> Iterator[re.Match[str]]:
    """The requests for a report, none within an inclusion in an agenda ("to include in the
    provisional agenda ... the item 'Report of ...'"): where one runs over an inclusion, the
    search goes on after it ("Decides to include in the provisional agenda of its ... session
    ..., and requests the Secretary-General to submit ... a report"). Each read from the last
    ask before its report (``asks``: where the paragraph's asking verbs stand)."""
    if not may_match(p.report, text):
        return
    pos = 0
    while (wide := lowered.search(p.report, text, pos)) is not None:
        m = _nearest_ask(text, wide, asks, p)
        over = [i for i in includes if i.start() <= m.end() and m.start() <= i.end()]
        if not over:
            yield m
            pos = m.end()
        else:
            pos = max(m.start(), *(i.end() for i in over)) + 1


def _nearest_ask(text: str, m: re.Match[str], asks: list[int], p: _Patterns) -> re.Match[str]:
    """A request for a report read from the last ask before its report ("Decides to extend
    the mandate of the Panel ..., and requests the Panel to provide ... a report": the
    request's, not the decision's): the same report, read from a later ask within the match.
    Only an ask, a verb that the paragraph's leading verb or a conjunction gives ("requests
    the Secretary-General to continue to invite ... and to report": the request's report)."""
    for at in sorted(at for at in asks if m.start() < at < m.end()):
        later = p.report.match(text, at)
        if later is not None and later.end() <= m.end():
            m = later
    return m


def _session_after(sessions: list[SessionMention], start: int) -> int | None:
    """The first session named after ``start``; else the last one before it, which "that
    session" names ("decides to consider the report at its eightieth session and to include in
    the provisional agenda of that session ...")."""
    later = [s.session for s in sessions if s.start >= start]
    earlier = [s.session for s in sessions if s.start < start]
    return later[0] if later else earlier[-1] if earlier else None


def _due(sessions: list[SessionMention], current: int | None) -> list[SessionMention]:
    """The sessions that can be due dates: the document's own and later ones."""
    if current is None:
        return sessions
    return [s for s in sessions if s.session >= current]


def _sessions_of_request(
    text: str,
    sessions: list[SessionMention],
    start: int,
    joiner: re.Pattern[str] | None,
) -> list[int | None]:
    """The sessions a request for a report names: those of the first mention after it (one,
    or two in "at its seventy-ninth and eightieth sessions"), and the mentions that ``joiner``
    alone joins to it where each session is its own mention ("第七十八届和第七十九届会议");
    when none follows, the last one before it, which "that session" names ("decides to include
    ... in the provisional agenda of its seventy-ninth session, and requests the
    Secretary-General to submit a report for its consideration"); [None] when none is named."""
    later = [s for s in sessions if s.start >= start]
    later = later or [s for s in sessions if s.start < start][-1:]
    if not later:
        return [None]
    first = [s for s in later if s.start == later[0].start]
    for s in later[len(first) :]:
        if joiner is None or not joiner.fullmatch(text[first[-1].end : s.start].strip()):
            break
        first.append(s)
    return list(dict.fromkeys(s.session for s in first))


def _report(
    text: str,
    code: str,
    m: re.Match[str],
    session: int | None,
    p: _Patterns,
    paragraph: str | None,
    context: Context,
) -> Mandate:
    tail = text[m.start() :]
    period = next((name for name, pattern in p.periods if pattern.search(tail)), None)
    return Mandate(
        type="report",
        addressee=_addressee(text, code, m.start(), context.orgs),
        session=session,
        periodicity=period,
        subject=_subject(text, m, p, context),
        paragraph=paragraph,
    )


def _subject(text: str, m: re.Match[str], p: _Patterns, context: Context) -> str | None:
    """What the report is on: the words after "report on" (Chinese: between 关于 and 的报告)
    in the request, with "the present resolution" as the resolution's symbol and title."""
    window = text[m.start() : m.end() + 300]
    found = p.subject.search(window, 0 if p.subject_before else max(0, m.end() - m.start() - 40))
    if not found:
        return None
    subject = next(v for k, v in found.groupdict().items() if k.startswith("subject") and v)
    subject = " ".join(subject.split())
    end = p.subject_end.search(subject)
    subject = (subject[: end.start()] if end else subject).rstrip(" .。；;")
    if context.resolution:
        subject = p.present.sub(context.resolution, subject)
    return subject or None


def _addressee(text: str, code: str, start: int, context: tuple[str, ...] = ()) -> str | None:
    """The first actor named after the verb: the one the ask is addressed to (whole: "the
    Secretary-General of the Collective Security Treaty Organization" is the CSTO's)."""
    found = entities_at(text[start : start + _ADDRESSEE_READ], code, context)
    return next((identifier for at, identifier in found if at < _ADDRESSEE_SPAN), None)


def _agenda_item(
    text: str,
    m: re.Match[str],
    sessions: list[SessionMention],
    p: _Patterns,
    paragraph: str | None,
) -> Mandate:
    parent = title = None
    others: list[re.Match[str]] = []
    for q in _QUOTED.finditer(text):
        before = text[max(0, q.start() - 80) : q.start()]
        after_sub = bool(others) and others[-1].start() >= m.start() and p.sub_of.search(before)
        if parent is None and q.start() >= m.start() and (p.under.search(before) or after_sub):
            parent = q["q"].strip()  # "under the item entitled", "sub-item '...' of the item '...'"
        else:
            others.append(q)
    # the item's title: the first other quotation after the decision, else before it (Chinese
    # names the item first: 决定将题为“…”的分项列入…临时议程)
    after = [q for q in others if q.start() >= m.start()]
    chosen = (after or others)[:1]
    title = chosen[0]["q"].strip() if chosen else None
    return Mandate(
        type="agenda_item",
        session=_session_after(sessions, m.start()),
        title=title,
        parent=parent,
        paragraph=paragraph,
    )


_DEFER_SPAN = 400  # "to defer consideration of the item entitled '...' and to include it in ..."


def _deferred(
    text: str,
    includes: list[re.Match[str]],
    sessions: list[SessionMention],
    current: int | None,
    p: _Patterns,
    paragraph: str | None,
) -> list[Mandate]:
    """Items deferred to a later session ("decides to defer consideration of the item entitled
    '...' to its eighty-first session"): on that session's provisional agenda, ``action``
    "defer". A deferral that an inclusion follows is that inclusion; one within the session
    (to its resumed part) orders nothing for a later one."""
    out = []
    for m in p.defer.finditer(text) if may_match(p.defer, text) else ():
        if any(0 <= i.start() - m.start() <= _DEFER_SPAN for i in includes):
            continue
        later = [s for s in sessions if current is None or s.session > current]
        item = _agenda_item(text, m, later, p, paragraph)
        if item.session is not None:
            item.action = "defer"
            out.append(item)
    return out


def _asks(text: str, action: str | None, lead: int, p: _Patterns) -> list[tuple[int, str]]:
    """The asks of a paragraph, each as (where its verb is, its action): the leading verb's
    (at 0), then each verb a conjunction joins ("..., and invites X to ..."). A verb within the
    leading phrase with the leading action is that phrase's own ("在这方面，鼓励": the leading
    phrase, an aside before its verb): it is counted once."""
    asks: list[tuple[int, str]] = []
    if action in DIRECTIVE_ACTIONS:
        asks.append((0, action))
    elif (first := p.verb_at.match(text, len(text) - len(text.lstrip()))) is not None:
        # "Demande en particulier à Israël de ...": the leading verb's object past an aside
        past = _past_asides(text, first.start("verb"), first.end("verb"), p)
        if past in DIRECTIVE_ACTIONS:
            asks.append((0, past))
    # the items of a list that the leading ask opens ("促请所有国家： (a) 鼓励…； (b) …"): each
    # the leading ask's, as the English "(a) To encourage ..." is (items after another leading
    # phrase, "表示严重关切：", may ask of their own: "(b) Calls upon ..."), and so are the items
    # of a leading phrase whose items are its own verbs ("items_of": "决定：(a) 邀请…", Decides:
    # (a) To invite ...)
    asking = action in DIRECTIVE_ACTIONS or action in p.items_of
    items = p.items_open.search(text) if asking and p.items_open is not None else None
    for m in lowered.finditer(p.inner_verbs, text):  # the text's lower case: a fifth faster
        if items is not None and m.start() >= items.end():
            break
        verb = _inner_verb(text, m, p)
        verb = p.ask_as.get(verb, verb)
        if verb not in DIRECTIVE_ACTIONS:
            verb = _without_additive(text, m, p) or verb
        if verb not in DIRECTIVE_ACTIONS:
            verb = _past_asides(text, m.start("verb"), m.end("verb"), p) or verb
        if m.start("verb") < lead and verb == action:
            continue
        if p.not_ask is not None and p.not_ask.search(text, m.start(), m.start("verb")):
            continue  # "，同时鼓励…" (while encouraging): an aside of the ask before it
        if m.start() > 0 and verb in DIRECTIVE_ACTIONS:  # 又鼓励 at the start: the leading verb
            if _repeats(text, asks, m.start("verb"), verb, p):
                continue  # "请A在现有资源范围内，并请B采取…": one ask of A and B
            asks.append((m.start("verb"), verb))
    return asks


def _repeats(text: str, asks: list[tuple[int, str]], at: int, verb: str, p: _Patterns) -> bool:
    """Whether the verb at ``at`` repeats the ask before it for more addressees, as the
    language's table says by the words before it (``repeated_ask``): "请观察员部队在现有能力和资源
    范围内，并请会员国…采取" is the English "Requests UNDOF, within existing capacities and
    resources, member states ... to take", one ask."""
    if p.repeated is None or not asks or asks[-1][1] != verb:
        return False
    return p.repeated.search(text, asks[-1][0], at) is not None


def _directives(
    text: str,
    code: str,
    asks: list[tuple[int, str]],
    report_starts: list[int],
    paragraph: str | None,
    context: Context,
) -> list[Mandate]:
    """Asks to named actors that are not requests for a report."""
    out = []
    for start, verb in asks:
        near = _LEAD if start == 0 else 3  # "Further requests ... to submit a report": one ask
        if any(abs(start - r) <= near for r in report_starts):
            continue
        out.append(
            Mandate(
                type="directive",
                addressee=_addressee(text, code, start, context.orgs),
                action=verb,
                paragraph=paragraph,
            )
        )
    return out


def _inner_verb(text: str, m: re.Match[str], p: _Patterns) -> str:
    """The action of a verb found in the paragraph (``m["verb"]``), told apart by its object
    where the language's table does ("и призывает обеспечить", and calls for ensuring)."""
    key = m["verb"].casefold().replace("’", "'")  # as the table writes it
    printed = " ".join(key.split())
    verb = p.verbs[key]
    return next(
        (a for after, a in p.by_object.get(printed, ()) if after.match(text, m.end("verb"))), verb
    )


def _past_asides(text: str, start: int, end: int, p: _Patterns) -> str | None:
    """The action of the verb at ``start:end`` read with its object past the words that may
    stand between them (``verb_asides``: "..., et demande en outre au Département de ...",
    "Demande, à cet égard, aux États de ..."), where the verb alone names no ask and its object
    does ("demande au", calls upon; "demande", calls for). None when no aside follows the verb
    or the verb with its object is the verb alone."""
    if p.asides is None:
        return None
    aside = p.asides.match(text, end)
    if aside is None or aside.end() == end:
        return None
    shorter = text[start:end] + " " + text[aside.end() :]
    found = p.verb_at.match(shorter)
    if found is None or found.end("verb") <= end - start:
        return None
    return _inner_verb(shorter, found, p)


def _without_additive(text: str, m: re.Match[str], p: _Patterns) -> str | None:
    """A second ask whose additive follows its verb ("..., et demande de nouveau aux
    institutions de ...", "et prie de nouveau le Secrétaire général de ..."), read as the
    English "and once again requests" reads: the verb and its object without the additive,
    which as a leading phrase ("Demande de nouveau", Reiterates its call) reads otherwise.
    None when the phrase ends with no additive."""
    extra = p.additive_after.search(m["verb"])
    if extra is None:
        return None
    start = m.start("verb")
    cut = start + extra.start()  # where the verb alone ends, the additive skipped
    shorter = text[start:cut] + text[m.end("verb") :]
    found = p.verb_at.match(shorter)
    if found is None:
        return None
    return _inner_verb(shorter, found, p)
