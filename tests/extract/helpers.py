"""Build small articles for the extractor tests without going through a seed file."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, ArticleFacts, CastStatus, ReleaseFact, ReleaseKind, SourceKind


def article(*paragraphs: str, date: str = "2025-05-01", title: str | None = None) -> Article:
    """An article whose lede is the first paragraph, like a seed file without a headline."""
    return Article(dt.date.fromisoformat(date), paragraphs[0], title, tuple(paragraphs[1:]))


def facts(*paragraphs: str, date: str = "2025-05-01", title: str | None = None) -> ArticleFacts:
    return extract_facts(article(*paragraphs, date=date, title=title))


AWARDS_TITLE = "Awards 2027: ‘Saltmarrow’ leads the field with eight nominations"
"""The headline of an awards page whose own work is Saltmarrow and whose rivals are tallied."""
AWARDS_LEDE = (
    "Pilar Ostend’s coastal drama Saltmarrow earned eight nominations on Tuesday, including"
    " best film."
)


def awards_page(*paragraphs: str) -> ArticleFacts:
    """The facts of an awards page about Saltmarrow: the paragraphs, then a closing line."""
    return facts(
        *paragraphs,
        "The winners will be announced in February.",
        date="2027-01-12",
        title=AWARDS_TITLE,
    )


def pairs(found: ArticleFacts) -> set[tuple[str, str]]:
    """(actor, character) for every casting."""
    return {(c.actor, c.character) for c in found.cast}


def served_pairs(found: ArticleFacts) -> set[tuple[str, str]]:
    """(actor, character) for every casting served (at or above the line)."""
    return {(c.actor, c.character) for c in found.cast if c.served}


WEEKEND_GUIDE_TITLE = "What to watch this weekend: Marrowby Lights, The Pewter Hall and more"
WEEKEND_GUIDE_LEDE = (
    "From a fenland mystery to a baking contest, here is what to watch over the weekend."
)


def weekend_guide_pairs(*tail: str) -> set[tuple[str, str]]:
    """:func:`served_pairs` of a weekend guide whose headline names its two dashed entries
    (Marrowby Lights, cast; The Pewter Hall, crewed), then the ``tail`` paragraphs."""
    return served_pairs(
        facts(
            WEEKEND_GUIDE_LEDE,
            "Friday 9 October 2026",
            "Marrowby Lights – Netflix, from today",
            "The big one. Tamsin Orlo and Hale Dunmore return as Wren and Pike for the finale.",
            "The Pewter Hall – BBC iPlayer, Sunday",
            "A three-part drama about a failing music hall, written by Odile Farrant.",
            *tail,
            date="2026-10-09",
            title=WEEKEND_GUIDE_TITLE,
        )
    )


def held_pairs(found: ArticleFacts) -> set[tuple[str, str]]:
    """(actor, character) for every casting held (below the line)."""
    return {(c.actor, c.character) for c in found.cast if not c.served}


def former_pairs(found: ArticleFacts) -> set[tuple[str, str]]:
    """(actor, character) for every casting of an actor who has left the part."""
    return {(c.actor, c.character) for c in found.cast if c.status is CastStatus.FORMER}


def served_statuses(found: ArticleFacts) -> dict[tuple[str, str], CastStatus]:
    """(actor, character) to its status for every casting served."""
    return {(c.actor, c.character): c.status for c in found.cast if c.served}


def served_quotes(found: ArticleFacts) -> list[tuple[str, str]]:
    """(first twelve characters, speaker) for every quote served, in order."""
    return [(q.text[:12], q.speaker) for q in found.quotes if q.served]


def quote_readings(*paragraphs: str) -> dict[str, tuple[str, SourceKind, bool]]:
    """(speaker, source, served) of every quote an article of ``paragraphs`` finds, by its first
    twelve characters."""
    return {q.text[:12]: (q.speaker, q.source, q.served) for q in facts(*paragraphs).quotes}


def quote_speakers(*paragraphs: str) -> dict[str, tuple[str, bool]]:
    """(speaker, served) of every quote an article of ``paragraphs`` finds, by its text."""
    return {q.text: (q.speaker, q.served) for q in facts(*paragraphs).quotes}


LANTERN_BAY = "Lantern Bay, a new comedy, stars Mara Quill as Wren and Joss Ebury as Orvo."
"""An invented comedy's opening, casting Mara Quill as Wren and Joss Ebury as Orvo."""


def lantern_bay_served(*paragraphs: str) -> dict[str, bool]:
    """Whether each quote is served, by its text, in an article opening on :data:`LANTERN_BAY`,
    then ``paragraphs``."""
    return {q.text: q.served for q in facts(LANTERN_BAY, *paragraphs).quotes}


def served_quote_list(*paragraphs: str) -> list[tuple[str, str]]:
    """(text, speaker) of every quote an article of ``paragraphs`` serves, in order."""
    return [(q.text, q.speaker) for q in facts(*paragraphs).quotes if q.served]


def served_quote_sources(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    """(speaker, source) of every quote an article of ``paragraphs`` serves, by its text."""
    return {q.text: (q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served}


def served_quote_speakers(*paragraphs: str) -> dict[str, str]:
    """The speaker of every quote an article of ``paragraphs`` serves, by its text."""
    return {q.text: q.speaker for q in facts(*paragraphs).quotes if q.served}


def credits(found: ArticleFacts) -> set[tuple[str, str]]:
    """(role, name) for every crew credit."""
    return {(c.role.value, c.name) for c in found.crew}


def served_credits(found: ArticleFacts) -> set[tuple[str, str]]:
    """(role, name) for every crew credit served (at or above the line)."""
    return {(c.role.value, c.name) for c in found.crew if c.served}


def served_crew(*paragraphs: str, title: str | None = None) -> set[tuple[str, str]]:
    """(role, name) for every crew credit an article of ``paragraphs`` serves."""
    return served_credits(facts(*paragraphs, title=title))


def served_releases(
    *paragraphs: str, date: str = "2025-10-14", title: str = "Copper Bay: what we know"
) -> list[ReleaseFact]:
    """The release facts an article of ``paragraphs`` serves (at or above the line)."""
    return [r for r in facts(*paragraphs, date=date, title=title).release if r.served]


def served_titles(
    *paragraphs: str, date: str = "2025-10-14", title: str = "Copper Bay: what we know"
) -> list[str]:
    """The titles :func:`served_releases` gives, in order."""
    found = served_releases(*paragraphs, date=date, title=title)
    return [fact.title or "" for fact in found if fact.kind == ReleaseKind.TITLE]


def served_days(*paragraphs: str, title: str, date: str = "2026-05-13") -> set[tuple[str, str]]:
    """(kind, date or window) of each dated release fact :func:`served_releases` gives: the
    article's own title, served beside them, is left to the title tests."""
    return {
        (r.kind.value, str(r.date or r.window))
        for r in served_releases(*paragraphs, date=date, title=title)
        if r.kind is not ReleaseKind.TITLE
    }


def release_dates(
    *paragraphs: str, date: str = "2025-10-14", title: str = "Copper Bay: what we know"
) -> set[tuple[str, str, bool]]:
    """:func:`release_kinds` without the title facts: for tests of dates and windows in articles
    that name their own production, whose title is served beside them."""
    return {
        kind for kind in release_kinds(*paragraphs, date=date, title=title) if kind[0] != "title"
    }


def release_kinds(
    *paragraphs: str, date: str = "2025-10-14", title: str = "Copper Bay: what we know"
) -> set[tuple[str, str, bool]]:
    """(kind, date or window, hedged) of each release fact :func:`served_releases` gives."""
    return {
        (r.kind.value, str(r.date or r.window or ""), r.hedged)
        for r in served_releases(*paragraphs, date=date, title=title)
    }


PLAIN_QA = (
    "Odile Brannagh has played a lighthouse keeper, a spy and a nun. Now she leads Lantern Reach.",
    "How did the part come about?",
    "I was in Leeds doing a play and my agent rang me. I said yes before I had read it.",
    "Was the shoot hard?",
    "Brutal, honestly. I slept in the van for a week and I loved every minute.",
    "What was the last day like?",
)
"""An interview printed without marks, up to a question: the answers are the guest's words."""


ESTUARY_TITLE = "Ada Vale: ‘The river was the hardest part’"
ESTUARY_LEDE = (
    "Ada Vale talks floods, ferries and Marsh Lane, which Quillmere Films releases in May."
)
ESTUARY_QA = (
    "How did the shoot begin?",
    "Slowly. I spent a week on the estuary before anyone rolled a camera.",
    "Was the ferry scene cold?",
    "Freezing. I lost feeling in my hands on the third take.",
)
"""A Q&A printed without labels or marks, up to its second answer: the answers are Ada Vale's."""


EDITOR_QA_TITLE = "‘We kept every silence’: Gannet Row’s editor on the final cut"
EDITOR_QA_LEDE = "The editor of Gannet Row on a long winter in the cutting room."
EDITOR_QA = (
    "How did you come to the show?",
    "The director rang me in March. I had cut a short of hers years ago.",
    "What was hardest?",
    "The storm episode. We cut it four times before it felt honest.",
    "What comes next for you?",
    "A long rest. Then a documentary I am not allowed to talk about.",
)
"""An editor's Q&A whose headline names only the role: after :data:`EDITOR_QA_LEDE` and an
introduction, questions and unmarked answers, answered by the guest the introduction names."""


TIN_VEIN_LEDE = "Streamly's mining drama The Tin Vein begins filming in Cornwall next month."
"""A lede naming a drama in production, before the sentences about its cast a test reads."""


TIN_VEIN_RETURNS_LEDE = (
    "Streamly's mining drama The Tin Vein returns for a second series next year."
)
"""The same drama coming back: castings of the first run may end in the second."""


SCORE_QA_TITLE = "‘The sea did half the work’: scoring Gannet Row"
SCORE_QA_LEDE = "The composer of Gannet Row on building a score from the sound of one harbour."
SCORE_QA = (
    "How did you start?",
    "I recorded the harbour at night and built everything from that hiss.",
    "What was hardest?",
    "The final episode. I rewrote the last cue nine times.",
    "What is next for you?",
    "A stage play in Hull, and then a long sleep, I hope.",
)
"""A composer's Q&A whose headline names no one: after :data:`SCORE_QA_LEDE` and an introduction
saying whom the writer spoke to, questions and unmarked answers."""
