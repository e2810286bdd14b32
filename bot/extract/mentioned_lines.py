"""Words in marks that a post or a list talks about rather than anyone saying them.

A forum list of rumours opens an item with the claim in marks and gives its verdict after a
dash ("- “There's a post-credits scene” — people who were there say no."), or the writer denies
one ("the film is not “getting a cinema release”"): the claim's wording, credited to no one; so
are "Dr Hale's line about “...”", a part's line, a fan's "Wren is giving “...”", a vibe, what
people keep "asking us to “...”" and a linked piece's headline ("Ada Vale's interview (“...”)
is here"). A comment makes a line of the work the subject of its sentence ("Ada said four
words. “Don't be brave for me” is going to live in my head.", "“...” destroyed me."): the line
is mentioned, and whoever the sentence before was about is only a guess at its speaker; words
credited to no one that open a sentence as its subject ("“Ada Vale as a ferry pilot” was not on
my list") are talked about too. A meme
sets the poster's own passing thought after "Me": ("Me at 8am: “just one episode.”"): no one's
remark. So are words the next words call a line ("“...,” a line that has gone viral", "“...” I
have watched Wren say that line ten times", "“...,” and the line lands"), unless the person
they are credited to is named around them. A phrase named by its noun and then made the subject
of a verb ("said the family's catchphrase, “...”, has been shouted at her") is talked about, even
when a teller is credited with the sentence. Each is held.
"""

from __future__ import annotations

import re

from bot.extract.part_lines import held_line
from bot.extract.quote_checks import faceless
from bot.extract.text import Quote
from bot.facts import QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

PHRASE_NOUNS = r"catchphrase|catch-phrase|motto|slogan|mantra"
"""Nouns that name words as a saying ("her motto", "the cast's catchphrase"): words talked
about. Each reader adds the nouns its own place allows ("line" before the marks, "wording"
after them), as a wider list there would hold remarks it does not hold now."""
WORDS_NOUNS = rf"word|words|sentence|line|phrase|nickname|{PHRASE_NOUNS}"
"""Nouns that name words as words ("one sentence, “...”", "a line the actor says"), the
sayings among them: a sayer's search reads past them."""
_ITEM_OPENING = lazy_pattern(r"(?:^|\n)[ ]*(?:[-*•][ ]+)?$")
"""Nothing but a list item's bullet between the line's start and the opening mark."""
_VERDICT_AFTER = lazy_pattern(r"[ ]+[—–-][ ]+[a-z]{2,}[ ]")
"""A dash after the closing mark, then a lowercase verdict ("— people who were there say no");
a poster's handle there ("- u/name") signs the words."""
_DENIED_CLAIM = lazy_pattern(r"\b(?:is|are|was|were)(?:[ ]not|n[’']t)[ ]$")
"""A claim the writer denies, in marks: "No, the film is not “getting a cinema release”."."""
_LINE_ABOUT = lazy_pattern(r"(?:[’']s|\b[Tt]he)[ ](?:[a-z]+[ ])?line[ ](?:about|of)[ ]$")
"""A line the work gives someone, its words in marks: "Dr Hale's line about “...”"."""
_GIVING = lazy_pattern(
    r"\b(?:is|are|was|were|[’']s)[ ](?:really[ ]|so[ ]|totally[ ]|just[ ])?(?:giving|serving)[ ]$"
)
"""A fan's "X is giving “...”" or "X is serving “...”": the vibe a part or a look gives off,
named in marks."""
_ASKED_TO = lazy_pattern(
    r"\b(?:ask|asks|asking|asked|beg|begs|begging|begged|urge|urges|urging|urged|tell|tells|"
    r"telling|nag|nags|nagging|pester|pestering)[ ](?:us|me|them|him|her|you)[ ]to[ ]$"
)
"""What people keep asking someone to do, in marks: "stop asking us to “bring Tom back”",
"people keep telling me to “just watch the first episode”"."""
_LINKED_PIECE = lazy_pattern(
    r"\b(?:interview|profile|review|piece|Q&A|essay|column|feature|podcast|chat|conversation|"
    r"episode|write-up|op-ed)[ ]\($"
)
"""A linked piece's headline in brackets after it: "Ada Vale's interview (“...”) is here"."""
_SENTENCE_OPENING = lazy_pattern(r"(?:^|\n|[.!?][ ]+)$")
SUBJECT_OF = lazy_pattern(
    r"[ ]+(?:is|was|will|has|had|lives|lived|stays|stayed|remains|remained)\b"
    r"(?![ ](?:how|what|all|where|the[ ]way|exactly|just|simply|her|his|their|something|"
    r"[A-Z][\w’'-]*[’']s)\b)"
    r"(?![ ](?:[\w’'-]+[ ]){0,4}?(?:answer|answers|verdict|response|reply|retort|message|comment|"
    r"words|refrain|mantra|motto|catchphrase|quip|comeback)\b)"
)
"""A predicate right after the closing mark, the words its subject; "“...” is how she put it",
"“...” was all he said", "“...” was her verdict", "“...” was Crane’s answer", "“...” has become
her stock answer" and "“...” is something she says" still report a remark."""
_REMARK_ON_ME = (
    r"greet|greeted|greets|told|tells|remind|reminded|reminds|ask|asked|asks|gave|gives|"
    r"answered|answers|welcomed|welcomes|texted|texts|emailed|emails|messaged|messages|"
    r"warned|warns|assured|assures|promised|promises|informed|informs|writes|says|reads|means"
)
"""Verbs of a real remark said to the writer ("“Sorry, the trains” greeted me", "“...” tells us
everything"): the words are someone's, not a line that moved the poster."""
_MOVED_ME = lazy_pattern(
    r"[ ]+(?:[a-z]+ly[ ])?(?!(?:" + _REMARK_ON_ME + r")[ ])"
    r"(?:[a-z]{3,}(?:ed|s)|undid|broke|tore|shook|made|had|hit|got|left|sent|took|slew|slain)"
    r"[ ](?:me|us)\b"
)
"""A predicate of what the words did to the poster right after the closing mark, with one
adverb before it: "“...” destroyed me", "“...” gutted me", "“...” truly wrecked me", "“...” had
me in bits" (a fan's comment on a line of the work); any verb on "me" but those of a remark
said to the writer (:data:`_REMARK_ON_ME`)."""
_ME_MEME = lazy_pattern(r"(?:^|\n|[.!?][ ]+)Me\b(?:[^.!?:“”\"\n]|(?<=\d)[:.](?=\d)){0,60}:[ ]*$")
"""A meme's "Me" and what the poster was doing, then a colon before their own thought."""
_A_LINE_AFTER = lazy_pattern(r",?[ ]+(?:a|the)[ ](?:[a-z]+[ ])?line[ ](?:that|which)\b")
"""Words credited to no one, then called a line: "“...,” a line that has gone viral"; a remark
someone is named making can be "a line that drew the loudest cheer"."""
_THAT_LINE_AFTER = lazy_pattern(
    r"[ ]+[^.!?,;“”\"\n]{0,60}\b(?:say|says|said|saying|delivers?|delivered|delivering|repeat|"
    r"repeats|repeated|quote|quotes|quoted|quoting)[ ](?:that|the|this)[ ]line\b"
)
"""The next words, in the same clause, watch someone say the quotation as a line: "“...” I have
watched Wren say that line ten times", "“...” — fans keep quoting the line"."""
_LINE_LANDS = lazy_pattern(
    r"(?:,?[ ]+(?:he|she|they)[ ][a-z]+s(?:[ ][a-z]+ly)?)?[.,]?[ ]+(?:and[ ])?[Tt]he[ ]line[ ]"
    r"(?:lands|landed|hits|hit|stings|stung|lingers|lingered|cuts|plays|played|works|worked)\b"
)
"""A review's scene, then how its line plays: "she answers, “...,” and the line lands like a
stone", "“...,” she says quietly. The line stings."."""
_PHRASE_AFTER = lazy_pattern(
    r"[ ]+(?:is|was|were|became|has[ ](?:been|become)|had[ ](?:been|become))[ ](?:the|a|an)[ ]"
    rf"(?:[a-z’']+[ ])?(?:phrase|wording|buzzword|{PHRASE_NOUNS})\b"
)
"""Words the sentence calls a phrase, a wording, a slogan or a motto right after the closing
mark ("“...” was the phrase doing the rounds", "“...” has become the cast's motto"): words
talked about, not a remark, whoever is guessed to say them."""
_PHRASE_NOUN_BEFORE = lazy_pattern(
    r"(?:[’']s|\b(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts))[ ](?:[a-z-]+[ ]){0,2}?"
    rf"(?:{PHRASE_NOUNS}|tagline|refrain|line)[ ]*,?[ ]*$"
)
"""A phrase's noun right before the marks: "the family's catchphrase, “", "her motto “"."""
_PREDICATE_AFTER = lazy_pattern(
    r",?[ ]+(?:has|had|have|is|was|were|became|becomes|will)[ ](?:now[ ]|since[ ]|already[ ])?"
    r"(?:been|become|be|a|an|the|printed|shouted|quoted|repeated|turned|made|ended|gone)\b"
)
"""A predicate right after the closing mark that goes on with the phrase as its subject: "the
catchphrase, “...”, has been shouted at her", "her motto “...” is printed on mugs"."""
_MOTTO_IS = lazy_pattern(
    r"(?:(?<![\w’'-])[a-z][a-z-]+[’']s|\b(?:[Tt]he|[Ii]ts|[Oo]ur))[ ](?:[a-z-]+[ ]){0,2}?"
    rf"(?:{PHRASE_NOUNS}|tagline|watchword|rallying[ ]cry)"
    r"(?:,(?![^,“”\"]*\b(?:says|said|tells|told|admits|jokes|joked)\b)[^.;:“”\"]{1,60},)?"
    r"[ ](?:is|was|remains|remained|reads|read)[:,]?[ ]*$"
)
"""A phrase's noun as the subject whose complement the words are, perhaps with an aside on it
between ("The crew’s unofficial motto, chalked on the van, is ‘...’"): a motto or a slogan
named, not a remark. A person's motto ("Ada Vale’s motto was “...”", "her motto is") is their
saying, and an aside that says who told it ("the motto, she says, is") is left too."""
_NAMED_FEATURE_AFTER = lazy_pattern(
    r"[ ](?:thread|megathread|post|segment|feature|column|strand|session|livestream|hashtag|"
    r"poll|challenge|campaign|watch-?along|rewatch)s?\b"
)
"""A noun for a page's or a channel's recurring feature right after the closing mark ("a weekly
“Ask the cast” thread"): the words in marks are its name."""
_FEATURE_OPENING = lazy_pattern(
    r"(?:^|\n|[:(]|\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Ii]ts|[Tt]heir|[Tt]his|weekly|monthly|daily|new|"
    r"regular|usual|pinned))[ ]*$"
)
"""A determiner, a colon or a line's start right before the marks: a name, not a reported remark."""
_FEATURE_WORDS = 6
_REACH = 80


def held_if_mentioned(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its words are a listed or denied claim, a line the words around call
    one, a sentence's subject with no speaker of its own, or a meme's thought (see above).

    Claims, named words and memes are read only in words credited to no one; words the next
    words call a line are held unless the person credited is named around them ("“...,” Ada
    Crane said, and fans have heard her say that line"): that is their remark, not the work's
    line."""
    if not fact.served or not quote.closed or quote.start < 1:
        return fact
    mark = quote.start - 1
    if faceless(fact):
        found = _held_faceless(text, quote, fact)
        if found is not fact:
            return found
    elif (
        not fact.attribution
        and not fact.continues_previous
        and not fact.text.endswith(",")
        and _SENTENCE_OPENING.search(text, max(mark - _REACH, 0), mark) is not None
        and (
            SUBJECT_OF.match(text, quote.end + 1) is not None
            or _MOVED_ME.match(text, quote.end + 1) is not None
        )
    ):
        return held(fact, "a line the sentence talks about, no one's remark")
    after = quote.end + 1
    if not fact.attribution and _PHRASE_AFTER.match(text, after) is not None:
        return held(fact, "words in marks named, no one's remark")
    if _PREDICATE_AFTER.match(text, after) and _PHRASE_NOUN_BEFORE.search(
        text, max(mark - _REACH, 0), mark
    ):
        return held(fact, "a phrase named and talked about, no one's remark")
    if _MOTTO_IS.search(text, max(mark - _REACH, 0), mark):
        return held(fact, "a motto or a slogan named, no one's remark")
    if (
        _THAT_LINE_AFTER.match(text, after) or _LINE_LANDS.match(text, after)
    ) and not _speaker_named_around(text, quote, fact):
        return held_line(fact)
    return fact


def _speaker_named_around(text: str, quote: Quote, fact: QuoteFact) -> bool:
    """The person ``fact`` is credited to is named in the quote's paragraph, within reach of
    its marks, not only guessed from a pronoun or a sentence before."""
    if fact.source is not SourceKind.PERSON or not fact.speaker:
        return False
    para_start = text.rfind("\n", 0, quote.start) + 1
    para_end = text.find("\n", quote.end) % (len(text) + 1)  # -1 (no newline) is the text's end
    before = text[max(quote.start - 1 - _REACH, para_start) : quote.start - 1]
    after = text[quote.end + 1 : min(quote.end + 1 + _REACH, para_end)]
    surname = re.compile(rf"\b{re.escape(fact.speaker.split()[-1])}\b")
    return surname.search(before) is not None or surname.search(after) is not None


def _held_faceless(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """Claims, named words, lines and memes among words credited to no one (see above)."""
    mark = quote.start - 1
    reach = max(mark - _REACH, 0)
    after = quote.end + 1
    if (
        _ITEM_OPENING.search(text, reach, mark) is not None
        and _VERDICT_AFTER.match(text, after) is not None
    ) or (fact.text[:1].islower() and _DENIED_CLAIM.search(text, reach, mark) is not None):
        return held(fact, "a claim in marks, no one's words")
    if _LINE_ABOUT.search(text, reach, mark) is not None:
        return held_line(fact)
    if (
        _GIVING.search(text, reach, mark) is not None
        or (fact.text[:1].islower() and _ASKED_TO.search(text, reach, mark) is not None)
        or _LINKED_PIECE.search(text, reach, mark) is not None
    ):
        return held(fact, "words in marks named, no one's remark")
    if _A_LINE_AFTER.match(text, after) is not None:
        return held_line(fact)
    if (
        len(fact.text.split()) <= _FEATURE_WORDS
        and fact.text[-1:].isalnum()
        and _NAMED_FEATURE_AFTER.match(text, after) is not None
        and _FEATURE_OPENING.search(text, reach, mark) is not None
    ):
        return held(fact, "a feature's name in marks, no one's remark")
    if not fact.attribution and _ME_MEME.search(text, reach, mark) is not None:
        return held(fact, "a meme's own thought, no one's remark")
    if (
        not text[quote.start : quote.end].rstrip().endswith(",")  # "“...,” was from X": said
        and _SENTENCE_OPENING.search(text, reach, mark) is not None
        and SUBJECT_OF.match(text, after) is not None
    ):
        return held(fact, "words the sentence talks about, no one's remark")
    return fact
