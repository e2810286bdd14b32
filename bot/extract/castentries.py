"""A part told in a round-up's entry headed by its actor's name, for :mod:`bot.extract.cast`.

Round-ups of posts head each entry with a line that is only a name ("Ada Vale") and open the
entry on a description of that person, not the name: "The Lumen star, who returned as Mira Holt
for the film, posted ...", "The Olivier winner, new to the gang as Tom's tutor Dr Reyes, ...",
"The newcomer – she plays Tom's tutor, Dr Reyes – kept it short". The part is the heading's
person's when the article has two such headings at least and the description names no one.
"""

from __future__ import annotations

from bot.extract.castforms import CHAR, DESCRIPTOR, Casting
from bot.extract.names import FULL_NAME
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_HEADING = lazy_pattern(rf"(?P<actor>{FULL_NAME})")
_MAX_HEADING = 40
_MIN_HEADINGS = 2
_DESCRIBED = lazy_pattern(
    r"(?:The|This|Our)[ ](?:[\w’'-]+[ ]){0,4}?(?:star|actor|actress|newcomer|winner|nominee|"
    r"co-star|lead|veteran)(?:[ ](?:to|of|from|in)[ ][^,.;:–—]{1,40})?"
    r"(?:,[ ]who[ ](?:(?:has|had|also|now)[ ])?(?:plays|(?:returned|returns|is[ ]back|stars|"
    r"joined|joins)[ ]as)|,[ ](?:[a-z][\w’'-]*[ ]){1,5}?as|[ ][–—][ ](?:she|he|they)[ ]plays?)"
    rf"[ ]{DESCRIPTOR}(?P<char>{CHAR})"
)
"""An entry's opening description of one person with their part (no name before the part)."""


def entry_castings(doc: Doc) -> list[Casting]:
    """Each part an entry's opening description gives its heading's person."""
    headings: dict[int, str] = {}
    for para in doc.paras:
        line = doc.masked[para.start : para.end].strip()
        heading = _HEADING.fullmatch(line) if len(line) <= _MAX_HEADING else None
        if heading is not None and para.para != doc.title_para:
            headings[para.para] = heading["actor"]
    if len(headings) < _MIN_HEADINGS:
        return []
    found: list[Casting] = []
    for view in doc.views:
        actor = headings.get(view.span.para - 1)
        if actor is None or doc.paras[view.span.para].start != view.span.start:
            continue  # only an entry's opening sentence describes its heading's person
        match = _DESCRIBED.match(view.chunk.lstrip())
        if match is not None:
            evidence = doc.text[view.span.start : view.span.end].strip()
            start = view.span.start + match.start("char")
            found.append(
                Casting(actor, match["char"], evidence, start, end=start + len(match["char"]))
            )
    return found
