"""Cue words a group of crew rules cannot match without: a sentence that holds none of a
group's words skips the whole group instead of calling each rule in it.

Each rule already tests its own words before its pattern, but most sentences credit nobody,
and a few dozen such calls a sentence add up. The words below are read off the patterns: every
rule in the group names its role through one of them (a role noun, a credit verb, or a word of
the source a credit comes from), so the group test rules out nothing a rule could find.
"""

from __future__ import annotations

from bot.extract import gates
from bot.extract.cues import hint

CREDIT_CUES = hint(
    # the stems of every CREW_WORDS key the group looks roles up by ("ep" and "behind" are in
    # no pattern of the group), of the fixed-role verbs ("helmed", "photographed", "lit it
    # like") and of the fixed-role nouns ("X's camera", "under the direction of X")
    "direct", "helm", "writ", "wrot", "script", "screenplay", "penn", "produc",
    "exec", "edit", "cut", "scor", "compos", "music", "cinemat", "camera", "photograph",
    "shot", "lit ", "creat", "author", "cast", "dop", "dp",
    # a source's author: "based on the novels by X", "adapted from the books of X", "X,
    # drawing on her own childhood,"
    "based on", "adapt", "novel", "book", "comic", "webtoon", "memoir", "volume", "instalment",
    "installment", "drawing on",
    # a director named by the film they made: "X's unhurried film runs long"
    "film", "movie",
)  # fmt: skip
"""What :func:`~bot.extract.crewlisted.listed_credits` and
:func:`~bot.extract.crewasides.aside_credits` need, tried on the lower-cased sentence."""

SENTENCE_CUES = hint(
    # a bracketed "(EP)" or "(the EP, music)": the only role word with no longer stem above
    "(ep", "the ep", "our ep",
    # "behind the camera", "the feature from filmmaker X", "the directorial debut of X"
    "behind", "maker", "auteur", "debut", "feature",
    # the composer's work: "the original songs are by X", "X's piano theme", "a synth score",
    # "the song was written by", "lensed by", "bankrolled by", "X pens"
    "song", "theme", "tune", "melod", "track", "lullaby", "ballad", "anthem", "cue", "lens",
    "bankroll", "pens", "showrunner",
    # a review's credit box: "Dir: X. Cast: ..."
    "dir:",
)  # fmt: skip
"""What any rule of :func:`~bot.extract.crew._sentence_crew` needs besides the words of
:data:`CREDIT_CUES` (tested apart, once a sentence, as two of its rules need them), tried on the
lower-cased sentence: every crew rule names its role through a role noun, a credit verb or the
work a credit is for (the stems of every ``CREW_WORDS`` key are in :data:`CREDIT_CUES`), so a
sentence holding none of these words nor those skips the whole chain. A new crew rule's role
words belong here (``test_gates_keep_every_fact`` in ``tests/extract/test_corpus.py`` runs a
corpus sample with the gates open to catch one forgotten)."""


def credit_cues(lower: str) -> bool | None:
    """Whether the lower-cased sentence holds a word of :data:`CREDIT_CUES` (what two rules
    need), or None when it may credit nobody: no word of :data:`SENTENCE_CUES` either, with
    the gates closed."""
    if CREDIT_CUES.search(lower):
        return True
    return False if not gates.closed() or SENTENCE_CUES.search(lower) else None
