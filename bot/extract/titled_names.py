"""A name the article spotted with a job in front of it: a report opens a sentence with the
job capitalised ("Owner Ada Vale, who has run the café for 11 years, said ..."), and the
capitalised job is read as the name's first word. A quote is the person's, never "Owner"'s.

A vox pop does the same with what a passer-by is ("Fan Ada Vale, 16, from Leeds, said ...",
"Cyclist Bo Reyes, 52, agreed"): a word no list can hold in full, so the article itself
tells: the word opens a name given an age, and the article also uses it as a plural noun
("fans", "cyclists"); a bare first name left ("Fan Jo, 16,") needs the plural in lower case.
"Mary Ellen Brock, 40" keeps her name (no "marys" anywhere). An age word does the same with no
plural ("Young Ada Vale, 14, who plays ..., says"): a full name given an age is the person, not
a part's younger self.

A job written as one word does the same ("Lockkeeper Ada Vale said"): see ``_COMPOUND_JOB``.

A newsletter calls its own audience the same way ("Reader Jo from Leeds wrote:"): "Reader" is
never a name's first word, and the bare first name left is no one we can name in full."""

from __future__ import annotations

import re

from bot.extract.cues import word_led
from bot.extract.lexicon import AGE_PREFIXES, AUDIENCE
from bot.extract.people import is_full
from bot.extract.subjects import ROLE_PREFIX
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_AUDIENCE = frozenset(AUDIENCE)
"""What a page calls one of its own audience before the name ("Reader Jo wrote:")."""
_TITLED = lazy_pattern(rf"{ROLE_PREFIX}(?=[A-Z])")
"""Role words at a spotted name's start ("Owner ", "Café owner ")."""
_COUNTED = r"(?:[Tt]he|of|many|some|other|fellow|few|more|most|young|local|\d[\d,]*)"
"""Words a crowd's plural noun follows ("hundreds of fans", "the cyclists", "40 walkers"), never
a verb's subject: "the drama marks a return" uses "marks" as a verb, so "Mark Li, 34," keeps
his first name."""


_COMPOUND_JOB = lazy_pattern(
    r"[A-Z][a-z]{3,}(?:master|keeper|owner|warden|wright|smith|monger|maker|woman|herd)[ ](?=[A-Z])"
)
"""A job written as one word, its tail a trade ("Lockkeeper Ada Vale", "Stationmaster Bo Reyes",
"Shipwright Jo Brandt", "Fishmonger Ada Vale"): no first name ends so, so the word is the job,
never the name's start."""


def _vox_pop_word(name: str, text: str) -> bool:
    """``name``'s first word is a passer-by's descriptor: "Fan" in "Fan Ada Vale, 16," when the
    article also speaks of "fans"; "Young" in "Young Ada Vale, 14,"."""
    first, _, rest = name.partition(" ")
    if not re.fullmatch(r"[A-Z][a-z]{2,}", first) or not rest or f"{name}, " not in text:
        return False
    if not _aged(name, text):
        return False
    if len(rest.split()) < 2:  # "Fan Jo, 16,": a bare first name only after a plural's word
        return first not in AGE_PREFIXES and (first in _FAN_WORDS or _crowd_noun(first, text))
    return first in AGE_PREFIXES or re.search(rf"\b{first}s\b", text, re.IGNORECASE) is not None


_FAN_WORDS = frozenset(
    """
    Fan Superfan Cosplayer Student Local Resident Viewer Visitor Tourist Shopper Commuter
    Pensioner Teenager Attendee
    """.split()  # noqa: SIM905
)
"""A vox pop's common descriptors, none a given name ("Fan Jo, 19, from Leeds", "Student Jo,
20,"): a live blog may never use the plural elsewhere, and an aged "Student Jo," is the student,
not someone named Student."""

_NOT_AFTER_WORD = lazy_pattern(r"(?<![^\W\d][ ])(?<![’'-][ ])")
"""No word just before (a name's own first word, "of" in "fans of Jo, 16,")."""
_AGE = lazy_pattern(r",[ ]\d{1,2},")


def _aged(name: str, text: str) -> bool:
    """``name`` stands alone with an age after it ("Fan Ada Vale, 16,"), found by plain search:
    a pattern per name would be compiled again for every article (too many for ``re``'s cache).
    """
    return next(word_led(name, text, _AGE, _NOT_AFTER_WORD), None) is not None


def untitled(name: str | None, doc: Doc | None = None) -> str | None:
    """``name`` without role words at its start, when a full name is left ("Owner Ada Vale" is
    Ada Vale; "Ada Vale" and a bare "Director Vale" stay as they are). With the article's
    ``doc``, a vox pop's descriptor comes off too (:func:`_vox_pop_word`); a page's word for
    its audience always does ("Reader Jo" is Jo)."""
    if name is None:
        return None
    first, _, rest = name.partition(" ")
    if first in _AUDIENCE and rest:
        return rest
    if doc is not None and _vox_pop_word(name, doc.text):
        return rest
    if _COMPOUND_JOB.match(name) and is_full(rest):
        return rest
    titled = _TITLED.match(name)
    if titled is None or not is_full(rest := name[titled.end() :]):
        return name
    return rest


def _crowd_noun(word: str, text: str) -> bool:
    """``text`` uses ``word``'s plural in lower case as a noun after a count or a determiner."""
    return re.search(rf"\b{_COUNTED}[ ]{word.lower()}s\b", text) is not None


def in_full(name: str, spotted: str | None, doc: Doc) -> bool:
    """``name`` is a full name, or the bare first name left when a vox pop's descriptor came off
    the name ``spotted`` ("Fan Jo, 16, said" is Jo, someone the article names as fully as it
    ever will; a "she" after it is hers, never an earlier woman's)."""
    if is_full(name):
        return True
    if spotted is None or spotted.partition(" ")[0] in _AUDIENCE:
        return False  # "Reader Jo": the page's own audience, still no one we can name
    return spotted.endswith(f" {name}") and _vox_pop_word(spotted, doc.text)
