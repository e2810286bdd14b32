"""Words credited to a work's title are held: a film says nothing to anyone.

"The Welsh film Hollow Tide has been called a “quiet triumph” by critics" and "In Brazil it is
sold as “...”" give the words to the sentence's subject, a film the body writes where titles
stand ("the film Hollow Tide", "wrote Hollow Tide", "Hollow Tide star") and never by its last
word alone, as a person is called. The words are a critic's, a label or a local title: no one
the text names says them, so they are held rather than served as the title's or no one's.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.page_memos import once_per_doc
from bot.extract.text import Doc
from bot.facts import QuoteFact, SourceKind, held

_DOUBT = "words credited to a work's title"
_GENRE_BEFORE = (
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ ]"
    rf"(?:(?!{GENRE_NOUNS}[ ])[\w-]+[ ]){{0,2}}?{GENRE_NOUNS}[ ]"
)
"""A determiner, a word or two ("Irish", "new"; no genre of their own, as in "the Ada film show
X", a verb), then a genre noun: "The Irish film "."""
_NOT_MAKER = (
    r"(?![ ](?:wrote|directed|made|created|produced|shot|scored|adapted|edited|cast|starred|"
    r"co-wrote|(?:has|had)[ ](?:written|directed|made|created|produced)))"
)
"""Not the maker of a work named before ("the film Ada Vale wrote"): a relative clause."""


def work_speakers_held(doc: Doc, quotes: list[QuoteFact]) -> list[QuoteFact]:
    """Each served quote a person's by a name the body writes only as a work, held."""
    return [
        held(fact, _DOUBT)
        if fact.served and fact.source is SourceKind.PERSON and _a_work(doc, fact.speaker)
        else fact
        for fact in quotes
    ]


@once_per_doc
def _a_work(doc: Doc, name: str) -> bool:
    """Whether ``name`` (two words or more) follows a genre noun after a determiner in the body
    ("The Irish film Hollow Tide"), not as its maker, and its last word never stands alone."""
    if " " not in name:
        return False
    last = re.escape(name.rsplit(" ", 1)[-1])
    alone = len(re.findall(rf"(?<![\w’'-]){last}(?![\w’'-])", doc.body))
    titled = rf"{_GENRE_BEFORE}{re.escape(name)}(?![\w’'-]){_NOT_MAKER}"
    return alone <= doc.body.count(name) and re.search(titled, doc.body) is not None
