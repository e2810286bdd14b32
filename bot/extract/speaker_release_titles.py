"""The article's own title, as its release facts give it, is never a person who speaks.

A short form of the title opens a question put to the interviewee ("Does Lumen feel lighter?
“It feels younger,” he says.") or the clause before a post ("... a post on its account, which
read:"); the people list, reading two capitalised words, may take the full title for a name,
and the pronoun's search stops at it. Whatever path gave the words to the title, they are the
interviewee's or a poster's, never the film's: credited to no one rather than to it.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.facts import QuoteFact, ReleaseFact, ReleaseKind, SourceKind


def title_speakers_unsaid(
    release: Iterable[ReleaseFact], quotes: list[QuoteFact]
) -> list[QuoteFact]:
    """Each quote a person's by the name of a title the release facts give, left to no one."""
    titles = {fact.title for fact in release if fact.kind is ReleaseKind.TITLE and fact.title}
    return [
        fact.unattributed() if fact.source is SourceKind.PERSON and fact.speaker in titles else fact
        for fact in quotes
    ]
