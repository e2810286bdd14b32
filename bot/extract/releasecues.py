"""Cue words the release sentence chain cannot find a fact without: a sentence that holds none
of them skips the exclusion tests, :func:`~bot.extract.release._sentence_release` and the rules
after it together.

Most sentences of an article date nothing (one in twenty yields a release fact), yet each ran a
dozen exclusion tests and forty rules. The words below are read off every rule of the chain: each
needs a digit or a month's name (every date, :data:`~bot.extract.dates.DATE_RE`, and most
windows), or one of the words of :data:`SENTENCE_CUES`. The chain's state is kept exactly: a
sentence still runs when it would carry a "no date yet" on
(:func:`~bot.extract.release_hopes.carries_on`), read a hope after one
(:func:`~bot.extract.release_hopes.hoped_window`) or announce another work
(:func:`~bot.extract.release_subjects.announces_another`).
"""

from __future__ import annotations

from bot.extract import gates
from bot.extract.cues import hint
from bot.extract.dates import DIGIT_HINT, MONTH_HINT
from bot.extract.page_memos import once_per_doc
from bot.extract.release_hopes import carries_on
from bot.extract.release_subjects import announces_another
from bot.extract.release_words import (
    ANSWER_OPENERS,
    DATE_HINT,
    RELATIVE_HINT,
    TITLE_HINT,
    UNDER_WAY_HINT,
)
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

SENTENCE_CUES = hint(
    # a window with no digit or month (dates.WINDOW_RE): "next spring", "later this year",
    # "this Christmas", "next month"; release_status, work_shoots: "began shooting last month"
    "spring", "summer", "autumn", "fall", "winter", "year", "christmas", "thanksgiving",
    "halloween", "this month", "next month", "last month",
    # "no date yet" (DATE_HINT; DUE_COURSE and release_pronouns._DATE_NAMED need
    # "date" too), release_asked.NONE_YET, "hasn't given one yet" (release_pronouns), and an
    # answer to "when?" (ANSWER_OPENERS)
    *DATE_HINT.words, "there", "none", "not yet", "not so far", "nothing yet", "nothing so far",
    "tbc", "tba",
    "given one", "set one", "announced one", "confirmed one", "named one", "revealed one",
    "shared one", "picked one", "chosen one", *(word.lower() for word in ANSWER_OPENERS),
    # the title (TITLE_HINT)
    *TITLE_HINT.words,
    # days named from the article's date (dates.RELATIVE_DAY_RE: weekdays end in "day") and
    # offsets from an event (dates.OFFSET_RE); release_status: "wrapped last week" (RELATIVE_HINT)
    *RELATIVE_HINT.words,
    # the shoot under way or wrapped (UNDER_WAY_HINT, release_status), moved ("It has
    # been pushed back to"); a shoot's start noun, span or fronted "Since" needs a month or digit
    *UNDER_WAY_HINT.words, "began", "concluded", "kicked off", "commenced", "pushed", "moved",
    "delayed", "postponed", "put back",
    # a bet on a window ("our money is on", "we'd bet on", "I would wager on")
    "money", "bet ", "wager",
)  # fmt: skip
"""What any rule of the release sentence chain needs besides a digit, a month's name or a name
after a colon, tried on the sentence's own text in lower case (quotes unmasked, so a quoted time
counts). A new
release rule's words belong here (``test_gates_keep_every_fact`` in
``tests/extract/test_corpus.py`` runs a corpus sample with the gates open to catch one
forgotten)."""

_COLON_NAME = lazy_pattern(r":[ ](?![a-z])\w")
"""A title with its subtitle ("Lanterns: The Long Night"), tried on the masked sentence: not a
lower-case word or quotation after the colon ("she said: the ...", "she said: “..."); a timeline
entry's colon comes with a digit."""


def may_release(doc: Doc, view: View, unannounced: int) -> bool:
    """Whether the release chain may find a fact in the sentence or change its state
    (``unannounced``: the paragraph of the last "no date yet"); always, with the gates open."""
    if not gates.closed() or view.span.para == unannounced:
        return True
    return view.span.start in cued_starts(doc) or carries_on(doc, view, unannounced)


def release_views(doc: Doc) -> tuple[View, ...]:
    """The sentences of the paragraphs the release chain may read a sentence of (all of them,
    with the gates open): those with a sentence :func:`may_release` lets through in the state
    most generous to it. "No date yet" in the paragraph before lets its first sentence carry
    on; one in its own paragraph comes only from a sentence of it let through already.

    What the chain works out for every sentence before its gate (which sentences are about
    another work, and so set the rest of their paragraph aside) is only read in these
    paragraphs: most paragraphs of a page date nothing, and need not be read for it."""
    if not gates.closed():
        return doc.views
    cued = cued_starts(doc)
    paras = {
        view.span.para
        for view in doc.views
        if view.span.start in cued or carries_on(doc, view, view.span.para - 1)
    }
    return tuple(view for view in doc.views if view.span.para in paras)


@once_per_doc
def cued_starts(doc: Doc) -> frozenset[int]:
    """The sentences that hold a word some rule of the release chain needs (see above), by
    where they start: read once a page, for the gate and for :func:`release_paras`."""
    return frozenset(view.span.start for view in doc.views if _cued(doc, view))


def _cued(doc: Doc, view: View) -> bool:
    """The sentence holds a digit, a month's name, a cue word or a name after a colon, or
    announces another work (a state the chain keeps)."""
    text = doc.text[view.span.start : view.span.end]
    return bool(
        DIGIT_HINT.search(text)
        or MONTH_HINT.search(text)
        or SENTENCE_CUES.search(text.lower())
        or _COLON_NAME.search(view.chunk)
        or announces_another(view.chunk)
    )
