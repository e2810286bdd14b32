"""Words in marks that open a sentence which then names them as a kind of wording: "“Ada's face
when…” is a spoiler title", "“Is it out yet?” was the question of the week", "“Ada wins” counts
as a spoiler", "“I only skimmed it” is not an excuse"; so do words given after the kind they are
an example of ("Titles like “Ada wins” count as spoilers"), or cited as a printed headline with
its section and page ("(“Ada wins”, Culture, page 18)"). The sentence talks about the words, an
example or a title, and credits them to no one: held, never served. Words put in the mouth of
anyone at all ("don't trust anyone claiming it was “out early”") are no one's either.
"""

from __future__ import annotations

from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

EXAMPLE_DOUBT = "words named as an example or a title, no one's"
_NAMED_AS = lazy_pattern(
    r"[”\"’'][ ](?:is|was|are|were|counts[ ]as|would[ ]be)[ ](?:a|an|the|one)[ ]"
    r"(?:[a-z-]+[ ]){0,2}"
    r"(?:title|headline|example|post|comment|caption|meme|tag|phrase|spoiler)s?\b"
)
"""After the closing mark, the sentence naming the words: "” is a spoiler title"."""
_DISMISSED_AS = lazy_pattern(
    r"[”\"’'][ ](?:(?:is|are|was|were)(?:[ ]not|n[’']t|[ ]no|[ ]hardly|[ ]never)"
    r"|(?:does|do|did)(?:[ ]not|n[’']t)[ ](?:count|work|pass|stand[ ]up)[ ]as)[ ]"
    r"(?:(?:a|an|the)[ ])?(?:[a-z-]+[ ]){0,2}(?:defen[cs]e|excuse|alibi|argument|source|reason)s?\b"
)
"""After the closing mark, the words ruled out as a kind of plea: "” is not a defence", "” is
no excuse", "” isn't a source", "” is hardly an excuse", "” doesn't count as a source" (a rule
or a verdict on what people say, not a remark: "” was the reason given" may report one, so only
a denial counts)."""
_OPENS = lazy_pattern(r"[ “\"‘'*-]*$")
_KIND_LIKE = lazy_pattern(
    r"\b(?:[Tt]itles?|[Hh]eadlines?|[Pp]osts?|[Cc]omments?|[Cc]aptions?|[Pp]hrases?|[Tt]ags?|"
    r"[Mm]emes?|[Ss]poilers?)[ ](?:like|such[ ]as)[ ]*[“\"‘']$"
)
"""Before the opening mark, the kind the words are an example of: "Titles like “"."""
_CITED = lazy_pattern(r"[”\"’'],[ ](?:[A-Z][\w&-]*[ ]?){1,3},[ ](?:page|p\.)[ ]?\d+\)")
"""After the closing mark, the section and page of a printed headline: "”, Culture, page 18)"."""
_ANYONE_SAYING = lazy_pattern(
    r"\b(?:[Aa]nyone|[Aa]nybody|[Nn]o[ ]one|[Nn]obody|[Ww]hoever)[ ](?:who[ ])?"
    r"(?:claim|say|insist|suggest)(?:s|ing)?\b[^.;:!?“”\"]{0,60}[“\"‘']$"
)
"""Before the opening mark, words put in the mouth of anyone at all: "anyone claiming it was “"."""


def held_if_named_example(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when no one is credited with words that open their sentence and are then
    named as a title or an example (see above)."""
    if not fact.served or not quote.closed:
        return fact
    sentence = doc.sentence_at(quote.start)
    if not fact.attribution and _ANYONE_SAYING.search(doc.text, sentence.start, quote.start):
        return held(fact, EXAMPLE_DOUBT)
    if not faceless(fact):
        return fact
    if _KIND_LIKE.search(doc.text, sentence.start, quote.start) or _CITED.match(
        doc.text, quote.end
    ):
        return held(fact, EXAMPLE_DOUBT)
    if (
        _NAMED_AS.match(doc.text, quote.end) is None
        and _DISMISSED_AS.match(doc.text, quote.end) is None
    ):
        return fact
    if _OPENS.fullmatch(doc.text, sentence.start, quote.start) is None:
        return fact
    return held(fact, EXAMPLE_DOUBT)
