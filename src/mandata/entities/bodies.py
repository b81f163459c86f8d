"""United Nations organs, offices, posts and agencies, and other organizations, in six languages.

Hand-written (in ``bodies.tsv``, package data, one body a line) from the UN's terminology
(UNTERM forms, the names the six language versions of GA documents print) and the General
Assembly's list of intergovernmental organizations with observer
status or a cooperation item on its agenda. Identifiers are stable and lower case: ``un:...`` for
the UN's own organs, offices, posts, funds, programmes and specialized agencies, ``org:...`` for
the others. Each body gives its names in each language (the first is its short name), written
in the nominative; the matcher adds the Russian cases and the Arabic attached particles.
Abbreviations match with their case ("UNODC", "ОДКБ"); names in any case. A former name maps
to the body that continues it, noted in ``note`` ("Department of Political Affairs" ->
``un:dppa``, "Organization of the Islamic Conference" -> ``org:oic``).

``CONDITIONAL`` lists phrases that name a body only after another one ("its Executive
Directorate" after the Counter-Terrorism Committee). ``OWNED_POSTS`` and ``POST_CONNECTORS``
describe "the Secretary-General of the Collective Security Treaty Organization": a post
followed (or, in Chinese, preceded) by an organization's name is that organization's, not the
UN's. ``BLOCKERS`` are phrases that contain a body's name and do not name it ("Assistant
Secretary-General", "Collective Security Council").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class Body:
    """One organ, office, post or organization: its names by language ("|"-separated)."""

    id: str
    names: dict[str, str]
    abbreviations: dict[str, str] = field(default_factory=dict)
    source: str = "un-curated"
    note: str = ""

    def forms(self, code: str) -> tuple[str, ...]:
        return tuple(n.strip() for n in self.names.get(code, "").split("|") if n.strip())

    def abbreviation_forms(self, code: str) -> tuple[str, ...]:
        return tuple(n.strip() for n in self.abbreviations.get(code, "").split("|") if n.strip())


_LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")


def _load() -> tuple[Body, ...]:
    """The bodies of ``bodies.tsv`` (package data), in its order."""
    text = files("mandata.entities").joinpath("bodies.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    header, n = rows[0], len(_LANGUAGES)
    if header[3 : 3 + 2 * n] != [*_LANGUAGES, *(f"abbr_{c}" for c in _LANGUAGES)]:
        raise ValueError(f"bodies.tsv: unexpected columns {header}")
    out = []
    for id_, source, note, *cells in rows[1:]:
        names = {c: v for c, v in zip(_LANGUAGES, cells[:n], strict=True) if v}
        abbreviations = {c: v for c, v in zip(_LANGUAGES, cells[n:], strict=True) if v}
        out.append(Body(id_, names, abbreviations, source, note))
    return tuple(out)


BODIES: tuple[Body, ...] = _load()

# Phrases that name a body only after another body was named earlier in the same text.
# (language, phrase, id, id that must come first)
CONDITIONAL: tuple[tuple[str, str, str, str], ...] = (
    ("en", "its Executive Directorate", "un:cted", "un:ctc"),
    ("fr", "sa Direction exécutive", "un:cted", "un:ctc"),
    ("es", "su Dirección Ejecutiva", "un:cted", "un:ctc"),
    ("ru", "его Исполнительный директорат", "un:cted", "un:ctc"),
    ("ru", "его Исполнительного директората", "un:cted", "un:ctc"),
    ("ru", "его Исполнительному директорату", "un:cted", "un:ctc"),
    ("ru", "его Исполнительным директоратом", "un:cted", "un:ctc"),
    ("ru", "его Исполнительном директорате", "un:cted", "un:ctc"),
    ("ar", "مديريتها التنفيذية", "un:cted", "un:ctc"),
    ("zh", "其执行局", "un:cted", "un:ctc"),
)

# Posts that belong to the organization named right after them ("the Secretary-General of the
# Collective Security Treaty Organization") or, in Chinese, right before them ("集体安全条约组织
# 秘书长"): then the post names that organization, not the UN's.
OWNED_POSTS: frozenset[str] = frozenset({"un:secretary-general"})
# language -> (regex between the post and a following organization, regex between a preceding
# organization and the post); None where the language does not put it there.
POST_CONNECTORS: dict[str, tuple[str | None, str | None]] = {
    "en": (r"\s+of\s+(?:the\s+)?", None),
    "fr": (r"\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|de\s+)", None),
    "es": (r"\s+(?:de\s+la\s+|de\s+los\s+|de\s+las\s+|del\s+|de\s+)", None),
    "ru": (r"\s+", None),
    "ar": (r"\s+(?=ل)", None),
    "zh": (None, r"的?"),
}

# A post followed (Chinese: preceded) by a word that refers back to an organization named before
# ("the Secretary-General of the Authority", after the International Seabed Authority): the post
# is that organization's, not the UN's.
POST_BACKREFERENCES: dict[str, str] = {
    "en": r"\s+of\s+the\s+(?:Authority|Organization|Organisation|Agency|Union|Community)\b",
    "fr": r"\s+de\s+l['’]\s*(?:Autorité|Organisation|Agence|Union)\b|\s+de\s+la\s+Communauté\b",
    "es": r"\s+de\s+la\s+(?:Autoridad|Organización|Agencia|Unión|Comunidad)\b",
    "ru": r"\s+(?:Органа|Организации|Агентства|Союза|Сообщества)\b",
    "ar": r"\s+(?:لل)(?:سلطة|منظمة|وكالة|اتحاد|جماعة)\b",
    "zh": r"(?:管理局|组织|机构|联盟|共同体)的?$",
}

# Phrases that contain a body's name and do not name that body.
BLOCKERS: dict[str, tuple[str, ...]] = {
    "en": (
        "Assistant Secretary-General",
        "Assistant Secretaries-General",
        "Under-Secretary-General",
        "Under-Secretaries-General",
        "Collective Security Council",
        "National Security Council",
    ),
    "fr": (
        "Secrétaire général adjoint",
        "Secrétaire générale adjointe",
        "Sous-Secrétaire général",
        "Sous-Secrétaire générale",
        "Conseil de sécurité collective",
        "Conseil de sécurité nationale",
    ),
    "es": (
        "Secretario General Adjunto",
        "Secretaria General Adjunta",
        "Consejo de Seguridad Colectiva",
        "Consejo de Seguridad Nacional",
    ),
    "ru": (
        "заместитель Генерального секретаря",
        "помощник Генерального секретаря",
    ),
    "ar": (
        "وكيل الأمين العام",
        "وكيلة الأمين العام",
        "الوكيل السابق للأمين العام",
        "الوكيلة السابقة للأمين العام",
        "مساعد الأمين العام",
        "مساعدة الأمين العام",
        "الأمين العام المساعد",
        "الأمينة العامة المساعدة",
        "مجلس الأمن الجماعي",
        "مجلس الأمن القومي",
        "مجلس الأمن الوطني",
    ),
    "zh": (
        "副秘书长",
        "助理秘书长",
        "集体安全理事会",
        "世界卫生大会",
        "卫生大会",
        "缔约国大会",
        "环境大会",
        "大会堂",
        # a conference, not the Assembly: "缔约方大会", "土著人民大会", "减灾大会", "本次大会"
        "方大会",
        "民大会",
        "灾大会",
        "次大会",
        "险大会",
        "展大会",
    ),
}
