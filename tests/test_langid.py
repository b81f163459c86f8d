"""Language detection reads a bounded sample, whatever the input (issue #12, item 7).

lingua's cost grows with the square of what it is handed: the longest lines used to go to it
whole, so a 200 kB word took 20 s and a 10 MB line never finished. What reaches lingua is now at
most a few thousand characters, in words of at most 40 letters; bench/bench_langid.py shows the
time per MB on one-line inputs of 50 kB to 10 MB.
"""

from __future__ import annotations

from typing import Any

import pytest

from mandata import langid
from mandata.langid import detect_language


class _Recorder:
    """Stands in for lingua's detector: records what it is asked about, answers English."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def detect_language_of(self, text: str) -> Any:
        self.seen.append(text)
        return None


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> _Recorder:
    fake = _Recorder()
    monkeypatch.setattr(langid, "_detector", lambda: fake)
    return fake


@pytest.mark.parametrize(
    "text",
    [
        "mandatesandresolutions" * 10_000,  # one 220 kB word
        "Sendai Japon mars Gouvernement japonais invitation conférence déclaration " * 12_000,
        "\n".join(["x" * 50_000, "y" * 80_000, "z" * 30_000]),  # long lines, longest first
    ],
)
def test_what_lingua_reads_is_bounded(recorder: _Recorder, text: str) -> None:
    detect_language(text)
    assert recorder.seen, "the Latin-script text went to lingua"
    sample = recorder.seen[0]
    assert len(sample) <= 4_000
    assert max(len(word) for word in sample.split()) <= 40


def test_the_longest_lines_are_still_the_sample(recorder: _Recorder) -> None:
    body = "La Asamblea General decide incluir el tema en el programa provisional de su período"
    detect_language("United Nations\nGeneral Assembly\n" + body)
    assert recorder.seen[0].startswith(body)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Having met in Sendai, Japan, from 14 to 18 March 2015, at the invitation of the "
            "Government of Japan, the Conference adopted the following declaration.",
            "en",
        ),
        (
            "Réunie à Sendai (Japon) du 14 au 18 mars 2015, à l'invitation du Gouvernement "
            "japonais, la Conférence a adopté la déclaration suivante.",
            "fr",
        ),
        (
            "Habiéndose reunido en Sendai (Japón) del 14 al 18 de marzo de 2015, por invitación "
            "del Gobierno del Japón, la Conferencia aprobó la declaración siguiente.",
            "es",
        ),
        ("собравшись в Сендае, Япония, 14–18 марта 2015 года", "ru"),
        ("应日本政府邀请于2015年3月14日至18日在日本仙台举行会议，", "zh"),
        ("وقد اجتمع في سنداي، اليابان، من ١٤ إلى ١٨ آذار/مارس ٢٠١٥", "ar"),
    ],
)
def test_long_lines_of_each_language_are_still_recognised(text: str, code: str) -> None:
    assert detect_language(" ".join([text] * 2_000)) == code
