"""Checks on a quotation and its speaker, for :mod:`bot.extract.quotes`: words that name a work
rather than quote anyone, a speaker's name the article writes only as part of a longer one, a
colon opened by someone the sentence only describes, and an interview label in capitals.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORK_BEFORE = re.compile(
    r"\b(?:film|films|movie|series|show|sitcom|drama|novel|book|memoir|play|album|song|single|"
    r"feature|documentary|short|episode|musical|podcast|comic|webcomic|manga|anime)[ ]$"
)
_NAMED_WORK = re.compile(r"[^\W\d_][^.,;:!?…“”\"]{0,60}")
_WORK_WORDS = 5
"""A work noun straight before a short capitalised run in quotation marks ("her film “Natsu no
Owari” opens ..."): the run is the work's title, whatever case its other words take."""


def names_a_work(text: str, start: int, end: int) -> bool:
    """The quotation at ``start:end`` (inside its marks) is a title named by the noun before it."""
    inner = text[start:end].strip()
    if not inner[:1].isupper() or len(inner.split()) > _WORK_WORDS:
        return False
    if _NAMED_WORK.fullmatch(inner) is None:
        return False
    return _WORK_BEFORE.search(text, max(0, start - 20), max(0, start - 1)) is not None


def cut_name(text: str, name: str) -> bool:
    """The article writes ``name`` only as the start of a longer hyphenated name ("Song Hae" of
    "Song Hae-rin"): crediting it would file the words under a name nobody has."""
    at = text.find(name)
    if at < 0 or " " not in name:
        return False
    while at >= 0:
        after = text[at + len(name) : at + len(name) + 2]
        if not (after[:1] == "-" and after[1:2].islower()):
            return False
        at = text.find(name, at + 1)
    return True


_DESCRIBED_COLON = re.compile(
    r"[ “”\"‘’']*(?:Her|His|Their|Its|The|One|A|An)[ ](?:[a-z][\w’'-]*[ ]){0,3}"
    r"(?:was|is|were|are|had|has|seemed|seems|sounded|sounds|looked|looks|remained|remains|"
    r"stayed|stays|disagreed|disagrees|agreed|agrees|countered|counters|added|adds)\b"
    r"[^:;,“”\"A-Z]{0,60}:[ ]*$"
)
"""A sentence whose subject is only described, with no name, opening a quote with a colon:
"Her dad was unrepentant: “...”", "The other neighbour disagreed: “...”". Its words are that
someone's, never the speaker before's."""


def described_colon(pre: str) -> bool:
    return _DESCRIBED_COLON.match(pre) is not None


_ORDINARY = 2


@lru_cache(maxsize=64)
def _caps_pattern(label: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(label).replace(r"\ ", "[ ]") + r"(?!\w)", re.I)


def ordinary_case(label: str, text: str) -> str | None:
    """An interview label in capitals ("ADA VALE:") as the article writes the name in ordinary
    case elsewhere ("Ada Vale"); None for a one-word label or a name the article never writes
    in ordinary case (title case would guess: "MCAVOY")."""
    if len(label.split()) < _ORDINARY:
        return None
    for match in _caps_pattern(label).finditer(text):
        if not match.group().isupper():
            return match.group()
    return None


def shared_surname(raw: str, people: tuple[str, ...]) -> bool:
    """``raw`` is a surname two known people share ("Vale" with Ada Vale and Tom Vale): it names
    someone, but nothing says who."""
    return " " not in raw and sum(name.rsplit(" ", 1)[-1] == raw for name in people) > 1
