"""Words the sentence before names a line of a trailer or of the work, or the words a thing (a
slate, a sign, a cake) reads: "Her opening line – “Keep the lamps lit.” – is everywhere", "one
line from Rook that has already gone viral: “...”", "His single line – “...” –", "The slate
still reads “TAKE NINE”". A line is a part's and shown words are written: no one's quote, so
each is held for review. So are words after a clause that gives such a line to someone with no
saying verb ("The big line everyone is quoting comes from Mara near the end: “...”") and a
favourite of the best lines a part gets ("she gets all the best lines. Our favourite: “...”"), a
scene's line given with "is" ("The line is “...”"), someone's line from a scene ("her best
line from the scene, “...”"), a best line and how it is delivered ("the
sharpest line, muttered over a newspaper: “...”"), a scene that ends on a part telling kin
("her scene ends with her telling her son to “...”"), a part quoted from the work ("Quoting Ada
from the teaser: “...”"), and a line or a phrase footage holds ("The
trailer includes a line of Ada's that fans repeat: “...”"). A post of "a single line", what "the
caption read" and "the best line of the night came from X when she told the crowd: “...”" are
someone's words and stay served.
"""

from __future__ import annotations

from bot.extract.part_lines import held_line
from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_NAMED_LINE = lazy_pattern(
    r"(?<![Aa][ ])\b(?:[Oo]pening|[Cc]losing|[Ff]irst|[Ll]ast|[Ff]inal|[Ss]ingle|[Oo]ne|[Oo]nly|"
    r"[Bb]est|[Kk]ey|[Ss]tandout|[Ss]ignature|[Ff]avourite|[Ff]avorite|[Bb]iggest)[ ]lines?\b"
    r"(?:[^“”\"‘’.!?,;:]{0,80}?[ ][–—-]|(?:[ ](?:from|of|by)[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?)?"
    r"(?:[ ](?:that|which)[ ][^“”\"‘’.!?,;:]{1,60})?:)[ ]?[“\"‘']?$"
)
_OWNED_LINE = lazy_pattern(
    r"\b[A-Z][\w'-]*(?:[ ][A-Z][\w'-]*){0,2}[’']s[ ]"
    r"(?!(?:official|party|company|studio|press|bottom|front|finish|picket|hot|usual|standard|"
    r"stock|pat|familiar|go-to)[ ])"
    r"(?:[a-z]+[ ])?line[ ]*[:,–—-]?[ ]?[“\"‘']?$"
)
"""A named part's or actor's line straight before the words ("Ada Vale's line “...” wrecked me",
"Rook's final line: “...”"): the work's line, quoted by a viewer; not a stance ("the studio's
official line", "Ada Vale's usual line: “I never read reviews”")."""
_LINE_GIVEN = lazy_pattern(
    r"\b(?:(?:[Bb]ig|[Bb]iggest|[Bb]est|[Kk]ey|[Ss]tandout|[Ff]unniest)[ ]line[ ]"
    r"|[Tt]he[ ]line[ ](?=(?:that[ ])?(?:everyone|everybody|fans|viewers|people)[ ]"
    r"[^“”\"‘’.!?,;:\n]{0,25}?\b(?:quoting|repeating|quote|repeat)\b))"
    r"(?P<clause>[^“”\"‘’.!?,;:\n]{1,60}?[ ](?:comes|came|goes|went|belongs)[ ](?:from|to)[ ]"
    r"[^“”\"‘’.!?,;:\n]{1,40}):[ ]?[“\"‘']?$"
)
"""A line the clause gives to someone, then a colon before the words: a best or big line, or
the line people go around quoting ("The line everyone is quoting comes from Mara: “...”")."""
_TRAILER_LINE = lazy_pattern(
    r"\b(?:[Tt]railer|[Tt]easer|[Pp]romo)(?:['’]s)?[ ]lines?\b"
    r"(?P<clause>[^“”\"‘’.!?,;:\n]{0,80}?)(?:[ ][–—-]|:)[ ]?[“\"‘']?$"
)
"""A trailer's or teaser's line, perhaps with a clause about it, then a dash or a colon before
the words. The clause holds no comma: "Of the trailer lines, Vale was blunt:" starts a clause
of the speaker's own."""
_SAYING = lazy_pattern(
    r"\b(?:said|says|told|tells|telling|asked|joked|added|explained|admitted|interview|"
    r"panel|premiere|podcast|crowd|audience|reporters?|journalists?|press|interviewers?|"
    r"carpet|photographers|junket|signing)\b"
)
"""A real remark's hearers or occasion in the clause: a line said at a panel or "delivered to
reporters on the red carpet" is the person's own, not a part's. Fans are a hearer only as "to
fans" (see _TO_FANS): "a line fans keep quoting" is the work's."""
_TO_FANS = lazy_pattern(r"\bto[ ](?:the[ ])?(?:[a-z]+[ ])?fans\b")
_DELIVERED = (
    r"(?:delivered|spoken|uttered|whispered|muttered|snapped|growled|sung|shouted|yelled|"
    r"hissed|murmured)"
)
"""How a line is given voice: a participle only a performed line takes."""
_DELIVERED_LINE = lazy_pattern(
    r"\b(?:[Bb]est|[Ff]unniest|[Bb]iggest|[Ss]harpest|[Kk]ey|[Ss]tandout|[Oo]pening|[Cc]losing|"
    r"[Ff]inal|[Ll]ast)[ ]line\b(?P<clause>[^“”\"‘’.!?,;:\n]{0,40},[ ]"
    rf"{_DELIVERED}\b[^“”\"‘’.!?;:\n]{{0,60}}):[ ]?"
    r"[“\"‘']?$"
)
"""A part's best line and how it is delivered, then a colon before the words: "has the
episode's sharpest line, muttered over a newspaper: “...”", "her closing line, sung to the
cows: “...”"."""
_FOOTAGE_PHRASE = lazy_pattern(
    r"\b(?:[Tt]railer|[Tt]easer|[Pp]romo|[Cc]lip|[Ff]ootage)\b(?P<clause>[^“”\"‘’.!?;:\n]{0,80}?)"
    r"[ ](?:includes|included|features|featured|has|contains|contained|(?:ends|closes|opens)"
    r"[ ](?:on|with))[ ](?:a|one|the)[ ](?:[a-z]+[ ])?(?:line|phrase)\b"
    r"(?P<tail>[^“”\"‘’.!?;:\n]{0,60}):[ ]?[“\"‘']?$"
)
"""Footage that holds a line or a phrase, then a colon before the words: "The teaser, past
five million views, includes a line of Ruth's that fans quote: “...”"."""
_FAVOURITE = lazy_pattern(
    r"\b(?:best|funniest|great|greatest|good)[ ]lines\b[^“”\"‘’.!?;:\n]{0,30}[.!][ ]+"
    r"(?:Our|My)[ ](?:favourite|favorite|pick):[ ]?[“\"‘']?$"
)
"""The best lines someone gets, then the writer's pick of them: "Our favourite: “...”"."""
_THING_READS = lazy_pattern(
    r"\b(?:slate|clapperboard|sign|signs|banner|placard|plaque|cake|t-shirt|shirt|mug|card)"
    r"(?:[ ](?:in|on)[ ]the[ ][a-z]+)?(?:[ ](?:still|now|simply))?[ ]reads?:?[ ][“\"‘']?$"
)
_LINE_FRAGMENT = lazy_pattern(
    r"(?:^|[.!?][ ]+|\n)(?:[Tt]he|[Tt]hat|[Tt]his)[ ](?:[a-z]+[ ])?line"
    r"(?:[ ](?:at|near)[ ](?:the[ ])?(?:very[ ])?(?:end|start|beginning|close|climax|finale|top|"
    r"bottom)(?:[ ]of[ ](?:the[ ])?(?:[a-z]+[ ]){0,1}[a-z]+)?"
    r"|[ ](?:in|from|of|over)[ ](?:the[ ])?(?:[a-z]+[ ]){0,2}[a-z]+)?[.!][ ]?[“\"‘']?$"
)
"""A verbless sentence that only names a line, right before the words ("The line at the very
close. “...”", "That last line. “...”"): the line of the work it points at, no one's remark. A
line "at" or "near" a place in the work only (its end, its start): "the line at the premiere" is
a queue."""
_LINE_IS = lazy_pattern(
    r"(?:^|[.!?][ ]+|\n)(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|(?:[Tt]he|[Ii]ts)[ ](?:trailer|"
    r"teaser|clip|promo|film|show|series|episode|script)[’']s)[ ]"
    r"(?!(?:official|party|company|studio|press|bottom)[ ])(?:[a-z]+[ ])?line"
    rf"(?:,[ ]{_DELIVERED}[ ][^“”\"‘’.!?;:,\n]{{1,50}},)?[ ](?:is|was)[ ]*:?"
    r"[ ]?[“\"‘']?$"
)
"""A sentence that opens on a line of a scene or of the footage and gives it with "is" ("The
line is “...”", "Her last line was “...”", "The teaser's big line, hissed by a porter, is
“...”"): the scene's words, no one's remark; not a stance ("the official line is")."""
_FROM_THE_BOOK = lazy_pattern(
    r"[ ]+(?:is|was|are)[ ](?:literally[ ]|straight[ ]|directly[ ]|word[ ]for[ ]word[ ])?"
    r"(?:(?:taken|lifted|quoted)[ ])?(?:an?[ ](?:actual[ ])?line[ ])?from[ ](?:the[ ]|a[ ])?"
    r"(?i:(?:first|second|third|fourth|fifth|last|final|original)[ ])?"
    r"(?i:book|books|novel|comic|comics|webcomic|graphic[ ]novel|volume|vol\b|chapter|script)"
    r"(?![\w-])(?![ ](?!(?:and|but|so|of|by|in|itself|too|word|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|[IVX]+\b|\d))[a-z]+\b)"
)
"""Words in marks that a comment says come from the source book ("“...” is literally from the
third volume", "“...” is a line from the comic"): the work's line, quoted, no one's remark. The
book word ends the words or a clause ("from book two and I cried"), not a noun of its own ("from
the script supervisor", "from the Comic-Con panel")."""
_WRITTEN_LINE = lazy_pattern(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Tt]his|[Tt]hat)[ ](?:[a-z]+[ ])?lines?[ ](?:in|from|of)[ ]"
    r"(?:the|her|his|their|its)[ ](?:[a-z]+[ ])?(?:stage[ ]directions?|"
    r"scripts?|screenplays?|drafts?)[ ]*[–—:-][ ]?[“\"‘']?$"
)
"""A line of the written work named right before the words ("There's a line in the stage
directions – “...” –", "one line from the final draft: “...”"): the page's words, quoted by
whoever read them, no one's remark."""
_LINE_AFTER = lazy_pattern(
    r"[,.!?]?[ ]*[–—-]+[ ]*(?:that|this|the|what[ ]a)[ ](?:[a-z]+[ ])?line\b"
    r"(?P<tail>[^“”\"‘.!?;:\n]{0,80})"
)
"""The words, then a dash and the writer calling them a line ("“...” – that line will be on
mugs by Friday", "“...” — what a closing line"): a line of the work, quoted by a viewer, when
nothing in the sentence has anyone say it (not "“...” – that line got a laugh at the panel")."""
_WORK_HAS_IT = lazy_pattern(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)[ ](?:[a-z]+[ ])?(?:film|show|series|episode|script|"
    r"screenplay|book|novel|comic|trailer|teaser|cut)[ ](?:has|had|gives|gave|renders|rendered)"
    r"[ ](?:it|the[ ]line|that[ ]line)[ ]as[ ]*:?[ ]?[“\"‘']?$"
)
"""The work's own wording set against how people quote it ("the film has it as “...”", "the
script gives the line as “...”"): the work's line, no one's remark."""
_PART_SPEAKS = (
    r"(?:says|asks|answers|replies|whispers|mutters|murmurs|hisses|shouts|yells|screams|snaps|"
    r"snarls|growls|sobs|pleads|begs|warns|admits|insists|declares|announces|confesses)"
)
"""Speaking verbs in the present a story is told in ("says", "whispers", "snaps")."""
_LINE_WHERE = lazy_pattern(
    r"\b(?:line|lines|scene)[ ](?:[a-z]+[ ]){0,3}?where[ ]"
    r"(?:he|she|they|[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2})[ ]"
    rf"(?:{_PART_SPEAKS}(?:[ ]to)?|tells)(?:[ ](?:him|her|them|[A-Z][\w’'-]+))?[ ]*[,:]?[ ]?"
    r"[“\"‘']?$"
)
"""A line or a scene of the work, then who speaks it (a part by one to three names) in the
present a story is told in, right before the words ("The line where Wenna Drace says “...”", "a
line for him where he says, “...”", "the scene where she whispers to Tam: “...”"): the part's
words, quoted by whoever tells the scene ("the night where she said" is an event)."""
_SCENE_LINE = lazy_pattern(
    r"\b(?:her|his|their|my|your)[ ](?:(?:best|favourite|favorite|big|biggest|key|own|first|"
    r"last|final|opening|closing)[ ])?lines?[ ](?:from|in|of)[ ](?:the|this|that|a|an|her|his|"
    r"their|today's|today’s)[ ](?:[a-z]+[ ])?(?:scene|take|script|screenplay|episode|film|"
    r"sequence|shot)[ ]*[,:–—-][ ]?[“\"‘']?$"
)
"""Someone's line from a scene or the script, named right before the words ("she reads me her
best line from the scene, “...”", "his line in the final episode: “...”"): the part's words,
recited, not a remark ("his line of the night" is his own)."""
_MOMENT_WHEN = lazy_pattern(
    r"\b(?:moment|scene|beat)(?P<place>[ ][^“”\"‘’.!?;:\n]{0,60}?)?[ ](?:when|where)[ ]"
    r"(?:he|she|[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2})(?P<aside>,[ ][^“”\"‘’.!?;:,\n]{1,50},)?[ ]"
    rf"{_PART_SPEAKS}(?:[ ]to[ ](?P<hearer>him|her|them|(?:his|her|their|the)[ ][a-z]+|"
    r"[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2}))?"
    r"[ ]*[,:]?[ ]?[“\"‘']?$"
)
"""A moment of the work, then a part who speaks in the present a story is told in, perhaps
with an aside on who they are now ("a moment near the end when Tamsin Reyes, now a nurse,
says to Ollie Tresk, “...”"): the part's words. An occasion among the words ("a moment at the
panel when she says to me") is a remark told in the present, and stays one. The hearer may be
kin or a part told by a noun ("says to her son")."""
_SCENE_ENDS = lazy_pattern(
    r"\b(?:scene|episode|trailer|teaser|clip|film)[ ](?:ends|closes|opens|starts|begins)[ ]with[ ]"
    r"(?:her|him|them|[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?)[ ](?:telling|asking|warning|begging|"
    r"reminding)[ ](?:her|his|their|him|them)(?:[ ][a-z]+)?[ ](?:to[ ])?[“\"‘']?$"
)
"""A scene that ends on a part speaking to kin or to another part ("her one scene ends with her
telling her son to “...”"): the scene's words, not the actor's."""
_QUOTING_PART = lazy_pattern(
    r"\b[Qq]uoting[ ][A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?[ ]from[ ]the[ ](?:[a-z]+[ ])?"
    r"(?:trailer|teaser|clip|film|show|episode|book|finale)[ ]*[:,–—-][ ]*[“\"‘']?$"
)
"""A poster quoting a part from the work ("Quoting Ada from the teaser: “...”"): the part's
line, not the poster's words."""
_OUR_MEETING = lazy_pattern(
    r"\b(?:our|we|us|me|conversation|chat|lunch|dinner|breakfast|coffee|tea|drinks?|"
    r"call|meeting|visit|walk)\b"
)
"""A moment of the writer's meeting with the speaker ("a moment in our conversation when she
says", "a moment over lunch when he says"): the interview told in the present, a remark."""
_REACH = 120
_MOMENT_REACH = 200


def held_if_named_line(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when the words right before its marks name it a line or a thing's words."""
    if not fact.served:
        return fact
    start = max(quote.start - _REACH, 0)
    line = text.find(" line", start, quote.start) >= 0
    if line and _named_line(text, start, quote, fact):
        return held_line(fact)
    if (line or text.find(" scene", start, quote.start) >= 0) and _LINE_WHERE.search(
        text, start, quote.start
    ):
        return held_line(fact)  # "the line where Orla says “...”", "the scene where he asks"
    wide = max(quote.start - _MOMENT_REACH, 0)
    if _SCENE_ENDS.search(text, start, quote.start) or _QUOTING_PART.search(
        text, start, quote.start
    ):
        return held_line(fact)  # "her one scene ends with her telling her son to “...”"
    moment = _MOMENT_WHEN.search(text, wide, quote.start) if _when(text, wide, quote) else None
    told = "" if moment is None else f"{moment['place']} {moment['aside']} {moment['hearer']}"
    if moment is not None and _SAYING.search(told) is None and _OUR_MEETING.search(told) is None:
        return held_line(fact)  # "a moment near the end when Tamsin, now a nurse, says “...”"
    if (line or text.find(" phrase", start, quote.start) >= 0) and _footage_phrase(
        text, start, quote
    ):
        return held_line(fact)
    if text.find(" as", start, quote.start) >= 0 and _WORK_HAS_IT.search(text, start, quote.start):
        return held_line(fact)  # "the film has it as “...”"
    if not fact.attribution and _work_line(text, start, quote):
        return held_line(fact)
    if text.find(" read", start, quote.start) >= 0 and _THING_READS.search(
        text, start, quote.start
    ):
        return held(fact, "words a thing reads, no one's quote")
    return fact


def _when(text: str, start: int, quote: Quote) -> bool:
    """Whether "when" or "where" stands before the quote, the word :data:`_MOMENT_WHEN` needs."""
    return (
        text.find(" when ", start, quote.start) >= 0
        or text.find(" where ", start, quote.start) >= 0
    )


def _named_line(text: str, start: int, quote: Quote, fact: QuoteFact) -> bool:
    """Whether the words before the quote name it a line; only tried where " line" stands
    before it, the word each of these patterns needs."""
    if _NAMED_LINE.search(text, start, quote.start) is not None:
        return True
    if _OWNED_LINE.search(text, start, quote.start) is not None:
        return True  # "Ada Vale's line “...”"
    given = _LINE_GIVEN.search(text, start, quote.start)
    if given is not None and _SAYING.search(given["clause"]) is None:
        return True  # "The big line ... comes from Mara near the end: “...”"
    trailer = _TRAILER_LINE.search(text, start, quote.start)
    if trailer is not None and not fact.attribution and _SAYING.search(trailer["clause"]) is None:
        return True  # "the teaser line everyone still quotes – “...” –"
    delivered = _DELIVERED_LINE.search(text, start, quote.start)
    if (
        delivered is not None
        and _SAYING.search(delivered["clause"]) is None
        and _TO_FANS.search(delivered["clause"]) is None
    ):
        return True  # "the sharpest line, muttered over a newspaper: “...”"
    if _WRITTEN_LINE.search(text, start, quote.start) is not None:
        return True  # "a line in the stage directions – “...” –"
    if _SCENE_LINE.search(text, start, quote.start) is not None:
        return True  # "her best line from the scene, “...”"
    # "she gets all the best lines. Our favourite: “...”"
    return _FAVOURITE.search(text, start, quote.start) is not None


def _footage_phrase(text: str, start: int, quote: Quote) -> bool:
    """Whether footage named before the quote holds it as a line or a phrase (see above); only
    tried where " line" or " phrase" stands before it."""
    found = _FOOTAGE_PHRASE.search(text, start, quote.start)
    return found is not None and _SAYING.search(found["clause"] + found["tail"]) is None


def _work_line(text: str, start: int, quote: Quote) -> bool:
    """Whether a verbless sentence before the words names a line, a dash after them calls them
    one, or they are said to come from the book; each pattern is tried only where its cheap word
    stands."""
    if text.find("line", start, quote.start) >= 0 and (
        _LINE_FRAGMENT.search(text, start, quote.start) or _LINE_IS.search(text, start, quote.start)
    ):
        return True
    after = text[quote.end : quote.end + 80]
    if " line" in after and (named := _LINE_AFTER.match(text, quote.end + 1)) is not None:
        return _SAYING.search(named["tail"]) is None  # "“...” – that line will be a meme"
    return " from " in after and _FROM_THE_BOOK.match(text, quote.end + 1) is not None
