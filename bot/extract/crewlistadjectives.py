"""A credits list that runs into the next person's description, for :mod:`bot.extract.crewsplits`.

A list after a role ("the cinematographer is A and ...") takes every capitalised word after
"and"; when that word only describes the next person, it names no one (invented examples):

- a nationality before another role noun: "the cinematographer is A and Danish composer B";
- a hyphenated description: "the editor is A and Berlin-based composer B", "... and
  Oscar-winning composer B";
- the same description straight after a credit's "by": "the score is by Danish violinist and
  composer B". There the word after the adjective must be no joiner ("by Cher and composer B"
  names two people).

So a one-word credit whose every use in its sentence is a list's last word that stands before
a role noun and a name, or before a hyphen and a lowercase word, is dropped.
"""

from __future__ import annotations

from bot.extract.cues import word_led
from bot.lazy_patterns import lazy_pattern

_NOUN = (
    r"(?:composer|cinematographer|editor|director|producer|writer|screenwriter|author|novelist|"
    r"creator|showrunner|film-?maker|actor|actress|designer|artist|musician|songwriter|"
    r"photographer|animator|dop|dp|star)s?"
)
_DESCRIBER = lazy_pattern(
    rf"(?:-[a-z][\w’'-]*[ ][a-z]|[ ](?:[a-z][\w’'-]*[ ]){{0,2}}{_NOUN}[ ][A-Z])"
)
"""What follows a describing word: "-based composer", " composer B", " casting director B"."""
_JOINER = lazy_pattern(r"(?:,|\band|&)[ ]$")
_BY = lazy_pattern(r"\bby[ ]$")
_NEXT_JOINS = lazy_pattern(r"[ ](?:and|or|with|&)[ ]")
"""After a word right after "by": a joiner, so the word was a name of its own."""
_WORD_ENDS = lazy_pattern(r"(?![\w’'])")


def describes_the_next(name: str, evidence: str) -> bool:
    """Whether the one-word ``name`` is, at every use in ``evidence``, a list's last word that
    describes the next person ("A and Danish composer B") rather than a name."""
    if " " in name or not name or name not in evidence:
        return False  # the name first: its pattern is compiled anew for every name
    uses = [at for at, _ in word_led(name, evidence, _WORD_ENDS)]  # no pattern per name
    return bool(uses) and all(_describes_at(evidence, at, at + len(name)) for at in uses)


def _describes_at(evidence: str, at: int, end: int) -> bool:
    """Whether the word from ``at`` to ``end`` follows a list's joiner or a credit's "by" and
    stands before a describing noun and a name."""
    if _DESCRIBER.match(evidence, end) is None:
        return False
    if _JOINER.search(evidence, max(0, at - 5), at):
        return True
    return _BY.search(evidence, max(0, at - 3), at) is not None and not _NEXT_JOINS.match(
        evidence, end
    )
