"""A few words in marks that the page already wrote out of marks: an echo, not a quotation.

A post says a shoot took "about ten weeks", and a reply opens "“Ten weeks” and I still have to
wait?"; a column says the lead is "the heart of it" and later asks whether the lead is really
“the heart of it”. The marks point back at the page's own words, which no one the article
describes said: credited to no one, they are held for review rather than served. A phrase the
page only ever gave inside marks before is left to the repeat rules
(:mod:`bot.extract.quote_repeats`), and a whole sentence in marks is never an echo. A reply
that makes the echo its sentence's subject ("u/ada replied: “Ten weeks” is a stretch") talks
about the words rather than saying them, whoever the reply is credited to: held too.
"""

from __future__ import annotations

from bot.extract.mentioned_lines import SUBJECT_OF
from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held

ECHO_DOUBT = "the page's own words echoed in marks"
_ECHO_WORDS = 3
"""The most words an echo picks out ("ten weeks", "the heart of it" is four: left)."""
_ECHO_LEAST = 2
"""One word alone ("soon") repeats by chance, not as an echo."""
_SENTENCE_MARKS = ".!?"


def held_if_echoed(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its few words, credited to no one or made their sentence's subject,
    stand earlier on the page out of marks (see above), as whole words whatever their case."""
    if not fact.served or not quote.closed:
        return fact
    if not faceless(fact) and SUBJECT_OF.match(doc.text, quote.end + 1) is None:
        return fact
    words = fact.text.strip(" ,;:").split()
    if not _ECHO_LEAST <= len(words) <= _ECHO_WORDS or fact.text.rstrip()[-1:] in _SENTENCE_MARKS:
        return fact
    if not _written_before(doc.masked[: max(quote.start - 1, 0)].lower(), " ".join(words).lower()):
        return fact
    return held(fact, ECHO_DOUBT)


def _written_before(page: str, phrase: str) -> bool:
    """``page`` holds ``phrase`` as whole words ("ten weeks" is not in "often weeks")."""
    at = page.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if not (at and _word(page[at - 1])) and not (end < len(page) and _word(page[end])):
            return True
        at = page.find(phrase, at + 1)
    return False


def _word(char: str) -> bool:
    return char.isalnum() or char in "_’'-"
