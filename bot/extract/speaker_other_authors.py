"""Words whose own sentence gives them an author other than the speaker found, for
:mod:`bot.extract.quote_holds`. Five shapes, each leaving the quote to no one
(or to the writer named):

- a report the subject answers: "She denied a report in one weekly that the show was “on ice”":
  the words are the report's, not hers;
- a relative "who" after two people: "Ada Vale and Tom Reed (Pip), who said she was “thrilled”":
  either may have said it, the sentence does not say which;
- a message someone sent, read out: "He reads out a note she left the crew: “Mind the props.”",
  "The host read her message aloud: “...”", "a message that the host read out: “...”", "He
  quoted a fan who wrote in: “...”": the words are the note's writer's, not the reader's;
  "quoting Ada Vale’s message to the cast: “...”" gives them to their writer, when the article
  knows her;
- a teller's report that someone named by a role says them: "Tom Reed told the crowd the
  director kept whispering “...”" (the director's words, not his);
- an unnamed source whose label runs past its head noun into a clause of its own: "The shot
  every viewer wanted." is a shot, not a viewer; "every viewer" only begins the clause.

A named author ("a report in one weekly") is not served either: the quote stays unattributed,
never the sentence subject's."""

from __future__ import annotations

from dataclasses import replace

from bot.extract.lexicon import PAST_REPORTING_VERBS, RELATION, ROLE_NOUN
from bot.extract.names import NAME
from bot.extract.people import People
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_OPEN = r"[ ]*[“\"‘']?$"
_REPORT_THAT = lazy_pattern(
    r"(?<=[a-z][ ])(?:an?|one|another|the|this|that|some)[ ](?:[a-z-]+[ ]){0,2}?"
    r"(?:report|reports|story|rumou?r|claim|claims)"
    r"(?:[ ](?:in|by|from|on)[ ][^,.;:!?“”\"]{1,40}?)?[ ]that[ ]"
    r"(?=(?:the|an?|its|his|her|their|this|these|those|one|some|no|she|he|they|it|we|there)[ ]"
    r"|[A-Z])[^,.;:!?“”\"]*" + _OPEN
)
"""A report named as a noun (after a determiner) and what it says, up to the quote: "a report in
one Sunday paper that a spin-off was “", "the rumour that ... “". Not "Deadline reports that",
where the outlet is the subject and so the speaker, nor "A rumour that ... is “...”" (the
report as subject: the words are the speaker's verdict on it), nor a report in a comma'd aside
("Asked about a report that ..., she calls it “...”"), nor a story a "that" only describes
("the story that drew her to the part as “...”": no subject opens what follows, so it is no
report's content)."""
_PAIR_WHO = lazy_pattern(
    rf"\b{NAME}(?:[ ]\([^()]{{1,40}}\))?[ ]and[ ]{NAME}(?:[ ]\([^()]{{1,40}}\))?,[ ]who[ ]"
    r"[^,.;:!?“”\"]*" + _OPEN
)
"""Two people, perhaps each with a part in brackets, then ", who ..." up to the quote; not a "who"
clause closed by a comma ("A and B, who play X and Y, Ada said “"), after which another speaks."""
_SENT_TEXT = lazy_pattern(
    r"\b(?:(?P<read>reads?|reading|shares?|shared|sharing|shows?|showed|showing|quotes?|quoted"
    r"|quoting)(?:[ ](?:out|aloud))?[ ])?(?:[Aa]n?|[Tt]he|[Oo]ne)[ ](?:[\w’'-]+[ ]){0,2}?"
    r"(?:text|texts|message|note|letter|email|e-mail|voicemail|card|DM)[ ](?:that[ ])?"
    r"(?P<sender>he|she|they)[ ](?:had[ ])?(?:sent|wrote|left|posted|texted)\b"
    r"[^,.;!?“”\"]*:" + _OPEN
)
"""A message a pronoun's owner sent, then a colon and the quote: "reads out a text she sent the
cast on the last day: “", "still has the text they sent her: “". The reader of it is the
sentence subject, not its writer, when the subject reads it out or shows it, or when a group
("they") sent it; not "In a note she sent, she writes: “", where the writer speaks, nor
"recalls the letter she wrote him: “", where the one recalling may have written it."""
_READ_OWNED = lazy_pattern(
    r"\b(?:reads?|reading)(?:[ ](?:out|aloud))?[ ](?:her|his|their)[ ](?:[\w’'-]+[ ]){0,2}?"
    r"(?:text|message|note|letter|email|e-mail|statement|card)(?:[ ](?:out|aloud))?:" + _OPEN
)
"""Someone's message read out, then a colon and the quote: "The host read her message aloud:
“": the words are the message's writer's, and the reader may be someone else."""
_READ_BY_ANOTHER = lazy_pattern(
    r"(?:\b(?P<wrote>wrote|writes|penned|pens|drafted|prepared)[ ](?:an?|the|her|his)[ ]"
    r"(?:[\w’'-]+[ ]){0,2}?)?\b(?:text|message|note|letter|email|e-mail|statement|card)[ ]"
    r"(?:that|which)[ ]"
    r"(?P<reader>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?|the[ ][a-z]+|he|she|they)[ ]"
    r"(?:[a-z]+ly[ ]|later[ ]|then[ ])?(?:read|reads)(?:[ ](?:out|aloud))?\b[^.;!?“”\"]*:" + _OPEN
)
"""A message named as one someone else read out, then the quote: "sent a message that the host
read aloud: “": the words are the message's writer's, never its reader's (one found by the
reader's own name or noun, or a pronoun's reach to them, is not served). A "he" or "she" who
reads what the sentence's writer wrote ("Ada Vale wrote a statement that she read out: “") is
that writer, and the words stay hers."""
_QUOTED_OTHER = lazy_pattern(
    r"\b(?:quotes|quoted|quoting)[ ](?:(?:a|an|one|another)[ ](?:[\w’'-]+[ ]){0,2}?"
    r"(?:letter|message|note|email|e-mail|post|comment)[ ]from[ ])?"
    r"(?:an?|one|another|two|three|several|some)[ ](?:[\w’'-]+[ ]){0,2}?"
    r"(?:fan|viewer|listener|reader|caller|critic|follower)s?(?:[ ]who[ ][^,.;!?“”\"]*)?:" + _OPEN
)
"""Someone quoting another up to a colon and the quote: "The host quoted a fan who had written
in: “", "quoted two listeners who wrote in: “", "quoted a letter from a viewer: “": the words are
that other's, never the one who quotes them (not "quoting a fan's post and adding: “", where
the quoter goes on in its own words)."""

_QUOTED_OWNED = lazy_pattern(
    rf"\b(?:quotes|quoted|quoting)[ ](?:her|his|their|(?P<owner>{NAME})[’']s?)[ ]"
    r"(?:[\w’'-]+[ ]){0,2}?"
    r"(?:text|message|note|letter|email|e-mail|statement|card|post|words)"
    r"(?:[ ](?:to|for)[ ][^,.;:!?“”\"]{1,40}?)?:" + _OPEN
)
"""Someone quoting another's message up to a colon and the quote: "The host closed by quoting
Ada Vale’s message to the cast: “": the words are the message's writer's (Ada Vale's, when the
article knows her), not the quoter's."""
_OTHER_SAYS_WITHIN = lazy_pattern(
    rf"\b{PAST_REPORTING_VERBS}[ ](?:[\w’'-]+[ ]){{0,4}}?(?:that[ ])?"
    rf"(?:the|his|her|their|our)[ ](?:[a-z-]+[ ])?(?:{ROLE_NOUN}|{RELATION})s?[ ]"
    r"(?:[a-z’'-]+[ ]){0,6}?"
    r"(?:whisper(?:s|ed|ing)?|say(?:s|ing)?|said|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?"
    r"|mutter(?:s|ed|ing)?|repeat(?:s|ed|ing)?)[ ]" + _OPEN
)
"""A teller's report that another, named by a role or a relation, says the words: "Ada Vale told
the crowd the director had a habit of whispering “": the director's words, not the teller's."""

_CLAUSE_IN_LABEL = lazy_pattern(r"^\S+[ ](?:[a-z]+[ ])?(?:every|each)[ ]")
"""A second determiner straight after an unnamed source's head noun: "The shot every viewer"; not
"A friend who has watched every episode", whose head is the friend."""


def unattributed_if_other_author(
    doc: Doc, quote: Quote, fact: QuoteFact, people: People
) -> QuoteFact:
    """``fact`` credited to no one when its sentence, up to the quote, gives the words a report,
    one of two people or a sent message's writer (see the module docstring); to the writer
    whose message is quoted when ``people`` knows them in full."""
    if fact.source is SourceKind.UNATTRIBUTED:
        return fact
    if fact.source is SourceKind.UNNAMED and _CLAUSE_IN_LABEL.match(fact.speaker):
        return fact.unattributed()
    sentence = doc.sentence_at(quote.start)
    pre = doc.masked[sentence.start : max(sentence.start, quote.start)]
    owned = _QUOTED_OWNED.search(pre)
    writer = people.resolve(owned["owner"]) if owned is not None and owned["owner"] else None
    if owned is not None and writer is not None and " " in writer and people.knows(writer):
        return replace(fact, speaker=writer, source=SourceKind.PERSON, attribution=owned.group())
    if any(
        shape.search(pre) is not None
        for shape in (
            _REPORT_THAT,
            _PAIR_WHO,
            _READ_OWNED,
            _QUOTED_OTHER,
            _QUOTED_OWNED,
            _OTHER_SAYS_WITHIN,
        )
    ):
        return fact.unattributed()
    read = _READ_BY_ANOTHER.search(pre)
    if read is not None and (
        (read["reader"][:1].islower() and not (read["wrote"] and read["reader"] in ("he", "she")))
        or fact.speaker == people.resolve(read["reader"], first_name=True)
    ):
        return fact.unattributed()
    sent = _SENT_TEXT.search(pre)
    if sent is not None and (sent["read"] or sent["sender"] == "they"):
        return fact.unattributed()
    return fact
