"""A link line to another story: its headline, never a quote in this article.

Outlets set links to their other stories between paragraphs: "Read also: Ada Lane: “I wrote
the sea for my mother”", "See also - “It felt like home,” says the composer", "Related: ...".
A podcast or video write-up ends on a link to the episode: "Listen: The Long Take, episode 40,
“Ada Lane: Salt and Glass”", "Watch: ...". Words in marks on such a line are that story's or
episode's headline; whoever they name is not quoted here. A newsletter sets the link in
brackets inside its paragraph: "(Read: “...”)", "(Read more: “...”)", the headline alone in the
brackets.
"""

from __future__ import annotations

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_LANGUAGE = r"[A-Z][a-z]+(?:-language)?"
"""A language named on a link line: "Dutch", "Dutch-language"."""
_LINK = lazy_pattern(
    r"[ \t]*(?:[Rr]ead[ ](?:also|more|next)|[Aa]lso[ ]read|[Ss]ee[ ]also|[Rr]elated(?:[ ]story)?"
    r"|[Mm]ore[ ]on[ ]this|[Ff]urther[ ]reading"
    r"|(?P<language>[Rr]ead[ ](?:(?:it|this|(?:this|the)[ ](?:original[ ])?"
    rf"(?:story|article|report|piece|original))[ ])?in[ ]{_LANGUAGE}"
    rf"|[Rr]ead[ ]the[ ](?:{_LANGUAGE}[ ])?(?:original|version)(?:[ ]{_LANGUAGE})?"
    r"(?:[ ](?:article|story|report))?"
    rf"|[Aa]lso[ ](?:available|published)[ ]in[ ]{_LANGUAGE}))[ ]*[:–—-]"
    r"|[ \t]*(?P<media>(?i:listen|watch)(?:[ ]to[ ]the[ ](?:full[ ])?(?:episode|interview))?)"
    r"[ ]*[:–—-]"
)
"""A link line's opening: "Read also:", "See also -", "Related story:", "Listen:", "WATCH:",
"Listen to the full episode:", a link to the story in its own language ("Read in Polish:",
"Read this story in Dutch:", "Read the Dutch-language original:", "Also available in Welsh:":
its headline in that language, quoted by no one; not "Read the original text:", a statement's
words)."""
_INLINE_LINK = lazy_pattern(
    r"\((?:[Rr]ead|READ)(?:[ ](?:also|more|next|on|here))?[ ]*[:–—-][ ]*[“\"‘']$"
)
"""A link's opening inside brackets, right before the marks ("(Read: “", "(Read more – ‘")."""
_INLINE_REACH = 16
"""How far before the marks a bracketed link's opening may start ("(Read more: “" and room)."""
_BRACKET_CLOSES = lazy_pattern(r"[.!?…]?[”\"’']\)")
"""The marks, then the brackets, closing straight after the words: the headline is all of it."""
_SPOKEN_AFTER = lazy_pattern(
    rf"[,!?…]?[ ]*[”\"’]?,?[ ]+(?:{SPEECH_VERBS}|(?:he|she|they)[ ]{SPEECH_VERBS})\b"
)
"""A speech verb after the marked words: a video's caption quoting whom it shows ("Watch: “...,”
says Vale in a new featurette"), no episode's headline."""
_LINKED = "another story's headline, linked"


def held_if_linked(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its words sit on a line, or in brackets, that link another story."""
    if not fact.served:
        return fact
    opening = _INLINE_LINK.search(text, max(quote.start - _INLINE_REACH, 0), quote.start)
    if opening is not None and _BRACKET_CLOSES.match(text, quote.end):
        return held(fact, _LINKED)
    line = text.rfind("\n", 0, quote.start) + 1
    link = _LINK.match(text, line)
    if link is None or (
        (link["media"] or link["language"]) and _SPOKEN_AFTER.match(text, quote.end)
    ):
        return fact
    return held(fact, _LINKED)
