"""Words a trailer or a teaser plays, told as what the footage shows: "The teaser opens on Ada
Vale at a bus stop: “...”", "The only dialogue is Quennel's “...”" (a part's possessive), "the
first line is “...”" after a trailer is named, an actor who "gets one line" there, and the gist
of a speech a part gets ("Vale, as Quennel, gets one speech – about being “...”"). The words are
spoken in the work, by a part, not said by anyone the article quotes; they are held whatever
speaker the sentence seems to give. So are words someone "says" in the film or on screen.

Only the footage as the subject of opening, ending or cutting, with a colon right before the
marks, or the only, first or last line or dialogue of footage named just before, counts: "the
trailer opens on Friday, and Ada said: “...”" has a sayer of its own after the footage.
"""

from __future__ import annotations

from bot.extract.lexicon import SAYING, SPEECH_VERBS
from bot.extract.part_pronoun_lines import LINE_OF_THE_WORK
from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_FOOTAGE = r"(?:trailer|teaser|promo|clip|spot|footage|sizzle[ ]reel|first[ ]look)"
_OPENS_ON = lazy_pattern(
    rf"\b{_FOOTAGE}[ ](?:opens|begins|starts|ends|closes|cuts|fades)[ ](?:on|with|to)[ ]"
    r"[^.!?:;“”\"]{1,80}:[ ]*$"
)
"""The footage opening or ending on a shot, then a colon before the marks ("The trailer opens
on Ada in an empty hall: “")."""
# The lookahead first: a place no such word starts at fails before the look-behinds are tried.
_ONLY_LINE = lazy_pattern(
    r"(?=[oflc])(?<!\bmy[ ])(?<!\bour[ ])(?<!\bher[ ])(?<!\bhis[ ])(?<!\btheir[ ])(?<!\byour[ ])"
    r"\b(?:only|first|last|final|opening|closing)[ ](?:dialogue|line|lines|words)[ ]"
    rf"(?:of[ ]the[ ]{_FOOTAGE}(?:,[ ][^,.;:!?“”\"]{{1,40}},)?[ ])?"
    r"(?:is|are|was|were)[ ](?:(?:[A-Z][\w-]*[’']s|a|the)[ ])?[,:]?[ ]*$"
)
"""The only, first or last words heard, perhaps a part's, right before the marks ("The only
dialogue is Quennel's “"), perhaps of the footage named with a clause on who speaks it ("The
last line of the teaser, sung by Quennel, is “"); not someone's own ("her first words were
“...”": what a person said on meeting the writer)."""
_SPEECH_GIVEN = lazy_pattern(
    r"\b(?:gets|is[ ]given|has[ ]been[ ]given|was[ ]given)[ ](?:one|a|an|the|her|his|their)[ ]"
    r"(?:[a-z]+[ ])?(?:speech|monologue)[ ]*[–—,-]?[ ]*(?:about|on)[ ](?:being[ ])?$"
)
"""A part given a speech in the work, then its gist in marks ("Vale, as Quennel, gets one speech
– about being “...”"): the work's lines, not the actor's words."""
_ONE_LINE_GIVEN = lazy_pattern(
    r"\b(?:gets|has|is[ ]given)[ ](?:just[ ]|only[ ])?(?:one|a[ ]single)[ ]line\b"
    r"(?:[ ](?:in|of|on)[ ][^,.;:!?“”\"]{1,30})?(?:,[ ]and[ ][^.;:!?“”\"]{1,40})?:[ ]*$"
)
"""An actor given a single line in the footage, then the line after a colon ("Ada Vale gets one
line, and it lands: “...”", "Kai Moss has just one line in the teaser: “...”"): the part's
words; counted only with footage named just before, like the only line above. A line "for"
someone ("has one line for the doubters: “...”") is a remark, and a clause going on after the
line ("who has one line in it, is relaxed about that: “...”") is someone's own words."""
_FOOTAGE_LINE = lazy_pattern(rf"\b{_FOOTAGE}[ ](?:line|lines|dialogue)[ ]*[,:–—-]?[ ]*$")
"""A line named as the footage's own ("Remember that teaser line, “...”?", "the trailer line
“...”"): words the work speaks."""
_LINE_IN_WORK = lazy_pattern(
    r"\b(?:a|one|the)[ ](?:[a-z]+[ ])?line[ ](?:in|from|of)[ ](?:the[ ])?"
    r"(?:(?:first|second|third|final|last|opening|closing|pilot)[ ])?"
    r"(?:episode|script|screenplay|finale|pilot|season|series)\b"
    rf"(?:[ ](?!{SPEECH_VERBS}\b|(?:he|she|they|I|we)\b)[\w’'-]+){{0,3}}?[ ]?[,:–—-][ ]*$"
)
"""A line named as the work's own, where in it, then the words ("the title came from a line in
episode four, “...”", "a line from the script: “...”"): words the work speaks, not a remark.
Only a few plain words may stand between the work and the words, so a speaker told there
("asked about a line in the finale, Vale said: “...”", "one line in the script, he admits,
“...”") keeps the quote theirs."""
_LINE_SPOKEN_BY = lazy_pattern(
    r"\b(?:[Aa]|[Oo]ne|[Tt]he)[ ](?:[a-z]+[ ])?line[ ](?:in|from)[ ][^,.;:!?“”\"]{1,50}?,[ ]"
    r"(?:spoken|delivered|said|uttered|voiced)[ ]by[ ][^.;:!?“”\"]{1,120}?:[ ]*$"
)
"""A line in a work, then who in it speaks the line, and a colon before the words ("a line in the
new film, spoken by its heroine to her brother, that stays with me: “", "A line from the finale,
uttered by Y, ...: “"): the work's line, told by the writer, not a remark."""
_SPOKEN_REACH = 220
_OWNED_BEFORE = lazy_pattern(
    r"(?:^|[ (])(?:[Hh]er|[Hh]is|[Tt]heir|[A-Z][\w-]*[’']s)[ ](?:[a-z]+[ ]){0,2}$"
)
_IN_THE_WORK_AFTER = lazy_pattern(
    r"[,.!?]?[”\"’'][ ]in[ ](?:the[ ])?(?:(?:first|second|third|fourth|final|last|opening|"
    r"closing|new|original|[a-z]+[ ]episode[ ]of[ ]the)[ ])?"
    r"(?:season|series|episode|finale|film|movie|trailer|teaser|pilot)\b"
)
"""A part's line, owned and set in the work ("Her quiet “...” in the first season did more than
...", "Quennel's “...” in the finale"): a line spoken in the work, told by the writer."""
_SAYS_IN_WORK = lazy_pattern(
    r"\b(?:[Aa]s|[Ww]hen|[Ll]ike)[ ](?:[\w’'-]+[ ]){1,4}?(?:says|said|tells[ ]\w+|told[ ]\w+|"
    r"puts[ ]it|put[ ]it)[ ](?:(?:so[ ])?[a-z]+ly[ ])?in[ ](?:the[ ])?(?:very[ ])?"
    r"(?:(?:first|second|third|fourth|final|last|opening|closing|original)[ ])?"
    r"(?:season|series|episode|finale|film|movie|pilot|trailer|teaser)(?:[ ][\w-]+)?[ ]*[,:–—][ ]*$"
)
"""Someone speaking "in" the work, as the clause that leads to the words ("As Ivo's Dessa says in
the very first season, “...”", "as Dessa tells Tom in episode two:"): a line the work speaks,
told by the writer, whoever speaks it there."""
_SAYS_BEFORE = lazy_pattern(
    r"\b(?:says|say|said|saying|utters|uttered|shouts|shouted|whispers|whispered)[ ][“\"‘']$"
)
"""A speech verb straight before the marks ("counted the times Ada, as Dessa, says “")."""
_SAID_IN_WORK_AFTER = lazy_pattern(
    r"[,.!?]?[”\"’'][ ](?:in[ ]the[ ](?:film|movie|series|show|episode|finale|pilot|trailer|teaser)"
    r"|on[ -]screen)(?=[.,;:!?)]|[ ](?:and|but|when|while|again|too|at[ ]last)\b)"
)
"""The words then where they are spoken, the clause ending there ("... says “...” in the film.",
"... says “...” on screen"): a line of the work. Not "in the film's press notes" nor "in the
series of posts", where the words may be a remark about the work."""
_FOOTAGE_NAMED = lazy_pattern(rf"\b{_FOOTAGE}s?\b")
_REACH = 120
_FOOTAGE_REACH = 300


def held_if_screen_line(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when footage opens or ends on a shot and a colon gives its words, a part
    gets a speech whose gist the marks give, someone says the words in the work or on screen, or
    the footage's only, first or last line is given right before the marks."""
    if not fact.served:
        return fact
    opens = max(quote.start - 1, 0)
    start = max(opens - _REACH, 0)
    opened = _OPENS_ON.search(text, start, opens)
    if opened is not None and SAYING.search(text, opened.start(), opens) is None:
        return held(fact, LINE_OF_THE_WORK)
    if _SPEECH_GIVEN.search(text, start, opens) or _FOOTAGE_LINE.search(text, start, opens):
        return held(fact, LINE_OF_THE_WORK)
    spoken = _LINE_SPOKEN_BY.search(text, max(opens - _SPOKEN_REACH, 0), opens)
    if (
        spoken
        or _LINE_IN_WORK.search(text, start, opens)
        or _SAYS_IN_WORK.search(text, start, opens)
    ):
        return held(fact, LINE_OF_THE_WORK)
    if _OWNED_BEFORE.search(text, start, opens) and _IN_THE_WORK_AFTER.match(text, quote.end):
        return held(fact, LINE_OF_THE_WORK)
    if _SAYS_BEFORE.search(text, max(opens - 12, 0), quote.start) and _SAID_IN_WORK_AFTER.match(
        text, quote.end
    ):
        return held(fact, LINE_OF_THE_WORK)  # "Ada, as Dessa, says “...” in the film."
    line = _ONLY_LINE.search(text, start, opens) or _ONE_LINE_GIVEN.search(text, start, opens)
    if line is None:
        return fact
    if _FOOTAGE_NAMED.search(text, max(line.start() - _FOOTAGE_REACH, 0), line.end()) is None:
        return fact
    return held(fact, LINE_OF_THE_WORK)
