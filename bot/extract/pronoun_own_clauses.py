"""A subject whose own clause acts on the speaker's pronoun, for
:mod:`bot.extract.speaker_antecedents`: in "Ada Vale sent him a playlist. “...,” he says." Vale
acts on "him", someone she is not (that would be "himself"); the "he" who speaks is that "him",
so Vale is never whom the pronoun stands for. Whom "him" stands for the sentence does not tell,
so the quote is held rather than handed to an older guess.

Only the subject's own clause counts (a "who" clause about the subject may sit inside it):
where another clause opens first ("Vale says the producers called him", "Vale, whose agent
rang him"), that clause has a subject of its own, and the object may be Vale after all."""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.names import NAME_RE
from bot.extract.people import People
from bot.extract.pronoun_objects import acts_on

_OTHER_CLAUSE = lazy_pattern(
    r"[;:“”\"(]|[ ]-[ ]|—|\b(?:that|which|whose|whom|when|while|after|before|because|if|as|and"
    r"|but|or|so|until|since|he|she|they|I|we|you|it|says|said|say|tells|told|recalls|recalled"
    r"|adds|added|thinks|thought|hopes|hoped|admits|admitted|remembers|remembered)\b"
)
"""What opens a clause other than the subject's own (or someone's words)."""


def acted_on_in_own_clause(chunk: str, at: int, raw: str, pronoun: str) -> bool:
    """The subject ``raw`` at ``at`` in ``chunk`` acts on ``pronoun``'s person in its own clause
    ("Ada Vale, who wrote it, sent him a playlist"): the later ``pronoun`` is never ``raw``."""
    if pronoun not in ("he", "she") or not raw[:1].isupper() or raw.lower() in ("he", "she"):
        return False
    start = at + len(raw)
    stop = _OTHER_CLAUSE.search(chunk, start)
    return acts_on(chunk[at : stop.start() if stop else len(chunk)], pronoun)


def named_acts_on(people: People, chunk: str, pronoun: str) -> bool:
    """A person ``chunk`` names, though not as a subject the search found, acts on
    ``pronoun``'s person in their own clause ("Much of it began when ... Ada Vale sent him a
    playlist"): the pronoun is someone else, whom that sentence does not name."""
    for match in NAME_RE.finditer(chunk):
        name = people.resolve(match.group(), first_name=True)
        if (
            name is not None
            and people.knows(name)
            and acted_on_in_own_clause(chunk, match.start(), match.group(), pronoun)
        ):
            return True
    return False
