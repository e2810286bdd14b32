"""A line of the work named by its noun right before the marks, in a piece about footage.

"One exchange, “...,” / “...,” has been clipped", "Ada Vale gets the trailer's best joke: “...”"
and "her line to Tom, “...,” has been shared" give the words a part speaks in the trailer: the
noun (a line, an exchange, a joke) heads the phrase that the marks fill, so no one is quoted
saying them to the press. Counted only once footage has been named before the words, and never
for "my" or "our" line (a speaker's own), a line "for" someone, a verb of saying between the
noun and the marks ("her line to reporters was: “...”"), or a line someone has, offers or posts
("Asked about the trailer, Ada Vale had one short line: “...”"), which is their own remark unless
the footage owns it ("has the trailer's best line: “...”"). A sound the footage carries ("a
whisper of “...”") counts when the same paragraph names the footage before it. The work's own
line named with the scene that speaks it ("gets the film's best line when she tells her son,
“...”") is the work's too, as is a line of the work fans echo ("a single line from the film's
last scene, with posts simply repeating “...”"), and, credited to no one, a broadcast's line
a live blog names ("The first big line of the night, from Sister Ilvarde: “...”").
"""

from __future__ import annotations

from bot.extract.footage_lines import FOOTAGE
from bot.extract.lexicon import RELATION
from bot.extract.part_lines import held_line, surnamed
from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_LINE_NOUN = lazy_pattern(
    r"(?:^|[ (])(?:[Oo]ne|[Tt]he|[Tt]hat|[Hh]er|[Hh]is|[Tt]heir|[A-Z][\w-]*[’']s|"
    r"the[ ](?:trailer|teaser|clip|promo|footage)[’']s)[ ]"
    r"(?:[a-z]+[ ]){0,2}(?:line|exchange|joke|quip|one-liner|zinger|retort|comeback|put-down)s?"
    r"(?:[ ](?:together|alone|here|onscreen|on[ ](?:screen|camera)"
    r"|as[ ]a[ ](?:duo|pair|couple|team)"
    r"|(?:in|of|from)[ ](?:the|this)[ ](?:trailer|teaser|clip|promo|footage)))?"
    r"(?:[ ]to[ ][A-Z][\w’'-]+|,[ ]from[ ](?:the|its)[ ](?:[a-z]+[ ]){0,2}"
    r"(?:villain|hero|heroine|narrator|antagonist|protagonist|monster|killer)"
    r"|[ ](?:that|which)[ ](?:has|have|had|is|was)[ ][^,.;:!?“”\"]{1,40})?[ ]*[,:][ ]*$"
    rf"|\b[Aa][ ](?:[a-z]+[ ]){{0,2}}line[ ]to[ ](?:her|his|their)[ ]{RELATION}[ ]*[,:][ ]*$"
)
"""A line's noun phrase right before the marks, perhaps aimed at a part: "One exchange, “",
"the trailer's best joke: “", "her line to Cal, “", "their first lines together, “" (how
the line is shared: "on camera", "as a duo", "of the trailer"), a line from a figure of the
story ("One line, from the villain: “"; not "from the director", who speaks to the press), or
a line to a part's kin ("a brief line to his aunt: “"), which only a scene has, or a line a
clause says has become something ("the line that has since become a meme: “")."""
_SOUND_OF = lazy_pattern(
    r"\b(?:[Aa]|[Aa]n|[Tt]he)[ ]"
    r"(?:(?:single|lone|faint|low|hoarse|quiet|soft|final|last),?[ ]){0,2}"
    r"(?:(?:whisper|whispered[ ]line|murmur|hiss|growl|snarl|rasp|voiceover|voice-over)"
    r"(?:[ ]of[ ]*|:[ ]*)|whispered[ ]*)$"
)
"""A sound heard in the footage, then the words it carries: "before a whisper of “", "the low,
hoarse growl of “", "a faint whisper: “", "a whispered “" (the work's voice, held only when the
same paragraph names the footage before it; a crowd's "chorus" or "cry" is left alone: it may
be an audience at a panel)."""
_HAD = lazy_pattern(
    r"\b(?:had|has|have|offered|offers|gave|gives|posted|posts|shared|shares|added|adds)[ ]$"
)
"""A verb of having or offering right before the line's noun phrase: the line is the subject's
own ("X had one short line: “"), not the footage's ("has the trailer's best line: “")."""
_LINE_FROM_FIRST_NAME = lazy_pattern(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]he)[ ](?:[a-z]+[ ]){0,2}line[ ]from[ ]"
    r"(?P<name>[A-Z][\w’'-]+)(?:[ ](?:over|under|in|on|at|off)[ ](?:the[ ])?[a-z-]+"
    r"(?:[ ][a-z-]+)?)?[ ]*[,:–—][ ]*$"
)
"""A line from a name written alone, straight before the marks ("then a final line from Dessa:
“"): in a paragraph that names the footage first, a first name alone is how a piece calls a
part; a person it quotes goes by surname ("a line from Vale:" stays Vale's remark). Where the
line sits in the footage may come between ("a line from Dessa over the top:", "in voiceover:")."""
_WORKS_LINE_WHEN = lazy_pattern(
    r"\b(?:[Tt]he|[Ii]ts)[ ](?:film|movie|show|series|episode|finale|season|trailer|teaser)"
    r"(?:[’']s?)[ ](?:[a-z]+[ ]){0,2}(?:line|lines|moment)[ ](?:comes[ ]|came[ ])?"
    r"(?:when|as|where)[ ][^.;:!?“”\"]{1,60}$"
)
"""The work's line, then the scene that speaks it, up to the marks: "gets the film’s best line
when she tells her son, “", "the series' funniest line comes when Tom asks “": the words are
the work's, whoever the sentence names."""
_WORKS_LINE_ECHOED = lazy_pattern(
    r"\b(?:line|lines|quote)[ ](?:from|of|in)[ ](?:the|this|its)[ ]"
    r"(?:film|movie|show|series|episode|finale|season|trailer|teaser|book|novel|script)"
    r"(?:[’']s?[ ](?:[a-z]+[ ]){0,2}(?:scene|shot|moment|episode|chapter))?\b[^.!?“”\"]{0,80}?"
    r"\b(?:repeating|quoting|reciting|chanting|sharing|posting|writing|typing)[ ]*[,:]?[ ]*$"
)
"""A line of the work named earlier in the sentence, then fans or posts repeating it straight
into the marks: "a single line from the film's final scene, with posts simply repeating “": the
work's words, whoever echoes them."""
_BROADCAST_LINE = lazy_pattern(
    r"\b(?:[Tt]he|[Oo]ne|[Aa])[ ](?:[a-z]+[ ]){0,2}(?:line|lines|quote)[ ]of[ ]"
    r"(?:the|tonight[’']s)[ ](?:night|evening|episode|hour|opener|finale)\b"
    r"(?:,?[ ]from[ ][^.;:!?“”\"]{1,30})?[:,–—][ ]*$"
)
"""The broadcast's line named right before the marks, perhaps with the part that speaks it: "The
first big line of the night, from Sister Ilvarde: “" (a live blog of an episode; held only when no
one is credited). A line someone delivers ("the best line of the night, delivered by X to the
crowd:") is theirs."""
_GOT = lazy_pattern(r"\b(?:got|get|gets|grabbed|grab|managed|snatched)[ ]$")
_REACH = 60


def held_if_line_named(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when a line's noun heads the marks after footage is named (see above)."""
    if not fact.served or fact.continues_previous:
        return fact
    opens = max(quote.start - 1, 0)
    para = doc.paras[quote.para]
    sound = _SOUND_OF.search(doc.text, max(opens - _REACH, para.start), opens)
    if sound is not None and FOOTAGE.search(doc.text, para.start, sound.start()) is not None:
        return held_line(fact)  # "the teaser ... before a whisper of “...”"
    sentence = doc.sentence_at(quote.start)
    if _WORKS_LINE_WHEN.search(doc.text, max(opens - _REACH * 2, sentence.start), opens):
        return held_line(fact)  # "gets the film’s best line when she tells her son, “...”"
    if _WORKS_LINE_ECHOED.search(doc.text, max(opens - _REACH * 3, sentence.start), opens):
        return held_line(fact)  # "a line from the film, with posts repeating “...”"
    near = max(opens - _REACH * 2, sentence.start)
    if faceless(fact) and _BROADCAST_LINE.search(doc.text, near, opens) is not None:
        return held_line(fact)  # "The first big line of the night, from Sister Ilvarde: “...”"
    if _from_first_name(doc, para.start, opens):
        return held_line(fact)  # "The teaser ... then a final line from Dessa: “...”"
    line = _LINE_NOUN.search(doc.text, max(opens - _REACH, 0), opens)
    if line is None or FOOTAGE.search(doc.text, 0, line.start()) is None:
        return fact
    owned = FOOTAGE.search(doc.text, line.start(), opens) is not None
    if not owned and _HAD.search(doc.text, max(line.start() - 20, 0), line.start() + 1):
        return fact  # "Asked about the trailer, X had one short line: “...”": X's remark
    return held_line(fact)


def _from_first_name(doc: Doc, para_start: int, opens: int) -> bool:
    """A line "from" a first name alone right before the marks (:data:`_LINE_FROM_FIRST_NAME`),
    the footage named earlier in the paragraph, and no one having or getting the line."""
    line = _LINE_FROM_FIRST_NAME.search(doc.text, max(opens - _REACH, para_start), opens)
    if line is None or surnamed(doc.text, line["name"]):
        return False
    if FOOTAGE.search(doc.text, para_start, line.start()) is None:
        return False
    verb = doc.text[max(line.start() - 20, 0) : line.start() + 1]
    return _HAD.search(verb) is None and _GOT.search(verb) is None
