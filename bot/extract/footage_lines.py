"""Lines heard in footage the writer describes: a trailer, a teaser, clips shown at a panel.

A live blog or a trailer round-up retells what the footage shows, and someone in it speaks:
"the teaser ends with Cal saying “...”", "as Rook asks, “...”", "the villain himself
growling “...”". The one who speaks is a character (named, or only described), whom the
extractor credits with no one; the words are the work's, never a quote to serve. Held only
when no speaker was found, the paragraph names the footage before the marks, and a speaking
verb leads straight into them, or the footage itself does ("a detective who is, in his own
words in the trailer, “...”", "in the teaser's last shot, “...”"), or a part says "the line"
the footage is known for before a colon or a comma. A speaking verb straight into the words
counts too in a piece whose headline names the footage ("Trailer breakdown: ..."), where a
paragraph about a scene need not name it again ("Jory saying the line that fans print on
mugs: “...”", "the keeper delivering the one line everyone quotes, “...”").
"""

from __future__ import annotations

import re

from bot.extract.castchartplaces import headline_has
from bot.extract.page_memos import once_per_doc
from bot.extract.text import Doc, Quote
from bot.lazy_patterns import lazy_pattern

FOOTAGE_WORDS = r"trailers?|teasers?|footage|clips?|promos?|sneak[ ]peeks?"
"""Words that name footage: "the trailer", "clips", "a sneak peek"."""
FOOTAGE = lazy_pattern(rf"\b(?:{FOOTAGE_WORDS})\b", re.I)
"""A trailer, a teaser or a clip named."""
EDGE_SHOT = r"(?:final|last|opening|first|closing)[ ](?:shot|frame|image)"
"""A clip's first or last shot, frame or image: "the final shot", "the opening frame"."""
CLIP_WORDS = rf"{FOOTAGE_WORDS}|featurettes?"
"""Footage and the featurettes cut from it: what a paragraph names when it shows a clip."""
_FOOTAGE = lazy_pattern(rf"\b(?:{CLIP_WORDS})\b", re.I)
FOOTAGE_SPEAKER = r"(?:he|she|they|(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w’'-]*)"
"""Who voices a line in footage: a pronoun or a name of up to three words."""
TELLS = r"(?:tells|promises|begs|reminds|assures|warns)"
"""A verb of telling someone something, in the present: "tells", "warns", "promises"."""
_TELLING_VERB = rf"(?:telling|promising|begging|reminding|assuring|warning|{TELLS})"
ADDRESSEE = r"(?:[A-Z][\w’'-]*|him|her|them|(?:his|her|their)[ ][a-z]+)"
"""The one spoken to: a name, a pronoun, or a kin word or other noun after "his", "her",
"their" ("his mother")."""
_TELLING = rf"{_TELLING_VERB}[ ]{ADDRESSEE}"
"""A speaking verb with the one spoken to: "telling him", "promising Cy", "warns her brother"."""
_MARKS_NEXT = r"[ ]*[,:]?[ ]*[“\"‘']?$"
_SPEAKING = lazy_pattern(
    r"[ ](?:saying|says|said|asking|asks|asked|growling|growls|whispering|whispers|shouting|"
    r"shouts|snarling|snarls|muttering|mutters|declaring|declares|yelling|yells|hissing|hisses|"
    r"pleading|pleads|warning|warns|intoning|intones|voicing[ ]over|voices[ ]over|narrating|"
    r"narrates|"
    rf"{_TELLING}){_MARKS_NEXT}"
)
"""A speaking verb right before the marks, perhaps after a comma or colon: "Cal saying “",
"asks, “", "a voice intones, “", "Pip telling him: “", "Ada promising Cy, “", "warns Cy: “",
"begging her brother, “", a part over the pictures ("with Rue voicing over: “", "Dessa
narrates: “")."""
_TOLD = lazy_pattern(
    rf"[ ]{_TELLING_VERB}[ ](?P<told>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?){_MARKS_NEXT}"
)
"""A speaking verb and a name told, right before the marks: "later tells Holt, “"."""
_TALKING = r"say|says|saying|speak|speaks|speaking|tell|talk|talking|explain|answer|from|about"
"""What follows "we hear her" in an interview, never in footage: "we hear her say", "from"."""
_INTERVIEW_TALK = (
    r"say|says|saying|speak|speaks|speaking|tell|talk|talking|explain|explains|answer|answers|"
    r"recall|recalls|recalling|remember|remembers|asked|pressed|quizzed|panel|interview|podcast"
)
"""Talk or an interview anywhere in the words after "we hear her", before the marks: "we hear
her at the panel, asked about the ending", "we hear Ada, audibly moved, recall the day"."""
_HEARD = lazy_pattern(
    r"(?:\b(?:hear|hears|heard)\b[^.!?“”\"]{0,40}\bvoice|\bvoice[ ](?:is|can[ ]be)[ ]heard"
    r"|\b(?<!podcast[ ])(?<!podcasts[ ])(?<!interview[ ])(?<!speech[ ])(?<!talk[ ])"
    r"(?:opens|closes|ends|starts|begins)[ ]"
    r"(?:on|with|to)[ ](?:her|his|their|a|[A-Z][\w-]*[’']s)"
    r"[ ](?:[a-z]+[ ])?voice\b[^.!?“”\"]{0,40}"
    r"|\b[A-Z][\w-]*[’']s[ ](?:[a-z]+[ ])?voice(?:,[ ][a-z][^,.;:!?“”\"]{0,30})?"
    r"|\bthe[ ](?:[a-z]+[ ])?voice[ ]of[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3}"
    r"|\b(?:[Ww]e|[Yy]ou)[ ](?:[a-z]+[ ])?hear[ ](?:him|her|them|[A-Z][\w’'-]*)"
    rf"(?![ ](?:{_TALKING})\b)(?:[ ,](?:(?!\b(?:{_INTERVIEW_TALK})\b)[^.!?“”\"]){{0,40}})?)"
    r"[ ]*[,:]?[ ]*$"
)
"""A voice heard right before the marks: "Over the top we hear Ada’s voice: “", "you can hear
Cy’s voice, “", "a voice is heard: “", or the footage opening or closing on one: "the trailer
opens on her voice over a black screen: “", "the teaser opens to his voice: “", or the part
itself heard, perhaps with when or how: "We only hear him once: “", "you hear her just the once,
“", "we hear Ada briefly, over the title card: “", or a named voice as the line's own head:
"Orvo’s voice, off screen: “", "then the voice of Ada Vale: “" (a part or a figure the footage
gives the words; "the podcast opens with his voice", "we hear from", "we hear her say" or "we
hear her at the panel, asked about ..." is an interview's talk, no footage)."""
_IN_FOOTAGE = lazy_pattern(
    r"\bin[ ](?:the|this|its)[ ](?:new[ ]|first[ ]|latest[ ])?(?:trailer|teaser|clip|promo|"
    r"footage)(?:[’']s[ ](?:[a-z]+[ ]){0,2}[a-z]+)?[ ]*[,:]?[ ]*[“\"‘']?$"
)
"""The footage named right before the marks: "in the trailer, “", "in the teaser's last shot, “"."""
_SAID_IN_FOOTAGE = lazy_pattern(
    r"[,.!?]?[”\"’']?[,]?[ ]+(?:he|she|they|[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?)[ ]"
    r"(?:[a-z]+ly[ ])?(?!(?:explains|reveals|admits|recalls|notes|adds|writes|confirms|insists|"
    r"reflects|discusses)[ ])[a-z]+s[ ]in[ ](?:the|this|its)[ ]"
    r"(?:new[ ]|first[ ]|latest[ ]|final[ ])?(?:trailer|teaser|promo)\b"
    r"(?![ ](?:breakdown|reaction|commentary|featurette|launch|event|premiere|video|interview))"
)
"""After the words, who speaks them and the footage they are spoken in: "“...,” she purrs in the
trailer", "“...,” Rook growls in the new teaser" (a part's line, told by the writer). Not one
who comments on the work there ("admits in the first trailer", "says in the trailer breakdown"):
a person's own words, as a director or cast member looks back in a featurette."""
_IN_WORK = lazy_pattern(
    r"\bin[ ](?:the|this)[ ](?:film|movie|show|series|episode|finale)[ ]*[,:][ ]*[“\"‘']?$"
)
"""The work named right before the marks, set off by a comma or a colon, in a paragraph that
names footage: "A clip plays: Rue to Ada, in the film, “" (the footage's line)."""
_NAMED_LINE = lazy_pattern(
    r"[ ](?:saying|says|said|delivering|delivers|delivered)[ ]the[ ](?!bottom[ ])"
    r"(?:[a-z]+[ ]){0,2}line\b(?![ ]producer)[^.;:!?“”\"‘’]{0,100}[:,][ ]*[“\"‘']?$"
)
"""A part saying "the line" the footage is known for, then a colon or a comma before the words:
"Jory saying the line that fans print on mugs: “", "delivering the one line everyone quotes, “";
never "the bottom line" or "the line producer"."""
_PARTICIPLE = lazy_pattern(
    r"(?:\b[A-Z][\w’'-]*|\b(?:he|she|they))(?:,[ ][^,.;:!?“”\"]{1,40},)?[ ]"
    r"(?:saying|whispering|shouting|muttering|yelling|screaming|hissing|snarling|growling|"
    r"pleading|sobbing)[ ]*[,:]?[ ]*$"
)
"""A part, perhaps a scene after a comma, then a participle straight into the words: "Dana Pell
as Rue saying “", "Rue, lamp in hand, whispering “": a round-up giving the footage's line, held
when the paragraph (before or after the marks) or the headline names the footage."""
PLACED_SPEAKING = lazy_pattern(
    r"[ ](?:in|at|on|by|outside|inside|behind)[ ](?:a|an|the|his|her|their)[ ]"
    r"(?:[a-z-]+[ ]){0,2}[a-z-]+,[ ](?:saying|whispering|shouting|muttering|yelling|screaming|"
    r"hissing|snarling|growling|pleading|sobbing)[ ]*[,:]?[ ]*"
)
"""After a part's name, where the part is, a comma and a participle straight into the words:
"Rue in a pub, hissing “": the scene a clip shows, and the part's line in it."""
_REACH = 40
_LINE_REACH = 160


def before_marks(doc: Doc, quote: Quote, reach: int) -> str:
    """The quote's paragraph up to its opening mark, at most ``reach`` characters of it."""
    opens = quote.start - 1  # the opening mark
    return doc.text[max(opens - reach, doc.paras[quote.para].start) : opens]


def after_marks(doc: Doc, quote: Quote, reach: int) -> str:
    """The quote's paragraph from its closing mark, at most ``reach`` characters of it; "" when
    the quotation is never closed."""
    if not quote.closed:
        return ""
    return doc.text[quote.end : min(quote.end + reach, doc.paras[quote.para].end)]


def in_footage_piece(doc: Doc, quote: Quote, footage: re.Pattern[str] = FOOTAGE) -> bool:
    """The quote's paragraph or the headline names a trailer, a teaser or a clip: a piece about
    footage, where a line voiced by someone can be the work's."""
    return _para_holds(doc, quote.para, footage) or headline_has(doc, footage)


@once_per_doc
def _para_holds(doc: Doc, para: int, pattern: re.Pattern[str]) -> bool:
    """Whether paragraph ``para`` holds ``pattern``: asked again for each quotation in it."""
    span = doc.paras[para]
    return pattern.search(doc.text, span.start, span.end) is not None


def footage_line(doc: Doc, quote: Quote) -> bool:
    """The words are spoken in footage the paragraph describes (see above)."""
    para = doc.paras[quote.para]
    before = doc.text[max(quote.start - _REACH, para.start) : quote.start]
    if _IN_FOOTAGE.search(before) is not None:
        return True
    if quote.closed and _SAID_IN_FOOTAGE.match(doc.text, quote.end, para.end) is not None:
        return True  # "“...,” she purrs in the trailer"
    if _IN_WORK.search(before) is not None and in_footage_piece(doc, quote, _FOOTAGE):
        return True  # "a clip plays: Rue to Ada, in the film, “...”"
    named = doc.text[max(quote.start - _LINE_REACH, para.start) : quote.start]
    opens = quote.start - 1  # the opening mark
    line_start = max(opens - _LINE_REACH, para.start)
    if (
        _PARTICIPLE.search(doc.text, line_start, opens)
        or _HEARD.search(doc.text, line_start, opens)
    ) and in_footage_piece(doc, quote, _FOOTAGE):
        return True  # "Rue, lamp in hand, whispering “...”", "we hear Ada’s voice: “...”"
    if _SPEAKING.search(before) is None:
        if _NAMED_LINE.search(named) is None:
            return False
        start = doc.paras[quote.para - 1].start if quote.para > 0 else para.start
        return _FOOTAGE.search(doc.text, start, quote.start) is not None  # "It closes with"
    # "Cal asks, “...”" in a paragraph of a piece whose headline names the trailer
    return _FOOTAGE.search(doc.text, para.start, quote.start) is not None or headline_has(
        doc, _FOOTAGE
    )


def told_in_footage(doc: Doc, quote: Quote, parts: frozenset[str]) -> bool:
    """Someone in the footage the paragraph names before the marks tells a known part the
    words, or the footage opens or closes on a voice ("later tells Holt, “...”", "the trailer
    opens on her voice: “", in a piece whose paragraph or headline names the footage): the work's
    line even when the sentence before names the actor who plays the part (a headline that names
    the footage will do: only a part speaks to a part). "tells Variety" or "tells them" is an
    interview, never the work's."""
    para = doc.paras[quote.para]
    opens = quote.start - 1  # the opening mark
    told = _TOLD.search(doc.text, max(quote.start - _REACH, para.start), quote.start)
    if told is not None and _is_part(told["told"], parts):
        return in_footage_piece(doc, quote, _FOOTAGE)  # a part hears it: the story's words
    heard = _HEARD.search(doc.text, max(opens - _LINE_REACH, para.start), opens)
    return heard is not None and in_footage_piece(doc, quote, _FOOTAGE)


def _is_part(name: str, parts: frozenset[str]) -> bool:
    """``name`` is a known part, in full or by its last word or words."""
    return name in parts or any(part.endswith(f" {name}") for part in parts)
