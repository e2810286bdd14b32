"""A quote after a narrated reaction, opening on someone else's pronoun: a reply, not more words.

"“Joe is generous,” Connor says. Locke laughs when we repeat it to him. “He’s been saying that
for years.”" and "Colman once described Locke as “an old soul”. He laughs at that. “She’s
obliged to say it.”": a whole sentence of narration stands between the two quotes, and the
second speaks of a "he" or "she" in the third person. The one quoted before is whom the reply
is about, not who gives it. It goes to the reaction's subject when that is a name the article
knows as another person; else (a pronoun not the reply's own, a name it cannot place) to no one.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.names import People
from bot.extract.text import Doc
from bot.facts import QuoteFact, SourceKind

_SPOKEN_OF = lazy_pattern(r"(?P<pronoun>He|She)(?:[’']s|[’']d|[ ][a-z]+)\b")
"""A reply opening on a third-person pronoun: "He’s been saying", "She never"."""
_NARRATION = lazy_pattern(
    r"[ ]*(?P<who>He|She|[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?)[ ][a-z][^.!?“”\"]*[.!?][ ]*"
)
"""One whole sentence of narration, its subject first ("Locke laughs when we repeat it.")."""
_CLOSE_MARKS = "”\"’'"


def replies_checked(doc: Doc, people: People, quotes: list[QuoteFact]) -> list[QuoteFact]:
    """Each quote given on to the speaker before it, checked as a reply (see above)."""
    checked: list[QuoteFact] = []
    cursor, previous_end = 0, -1
    for index, fact in enumerate(quotes):
        start = doc.text.find(fact.text, cursor)
        if start < 0:
            checked.append(fact)
            previous_end = -1
            continue
        gap = doc.text[previous_end:start] if index and previous_end >= 0 else ""
        checked.append(_reply(people, quotes[index - 1], fact, gap) if gap else fact)
        cursor = previous_end = start + len(fact.text)
    return checked


def _reply(people: People, before: QuoteFact, fact: QuoteFact, gap: str) -> QuoteFact:
    """``fact``, or its reply's speaker when ``gap`` (from the quote ``before`` to it) narrates."""
    opening = _SPOKEN_OF.match(fact.text)
    if (
        opening is None
        or fact.attribution
        or fact.source is not SourceKind.PERSON
        or before.speaker != fact.speaker
        or "\n" in gap
    ):
        return fact
    body = gap.rstrip(' “"‘')
    if not body.endswith((".", "!", "?")):
        return fact
    ended = before.text.rstrip().endswith((".", "!", "?"))
    head = body.lstrip(_CLOSE_MARKS)
    if not ended:  # the words before end in the text's own sentence: skip to its full stop
        stop = min((head.find(m) for m in ".!?" if m in head), default=-1)
        head = head[stop + 1 :] if stop >= 0 else ""
    narration = _NARRATION.fullmatch(head)
    if narration is None:
        return fact
    who = narration["who"]
    if who in {"He", "She"}:
        return fact if who == opening["pronoun"] else fact.unattributed()
    name = people.resolve(who, first_name=True)
    if name == fact.speaker:
        return fact
    if name is None or not people.knows(name):
        return fact.unattributed()
    return QuoteFact(fact.text, name, SourceKind.PERSON, "", fact.fragment, False, fact.confidence)
