"""A scene from a trailer or a teaser, told with its line: the work's words, no one's quote.

A fan round-up or a live blog names the footage, then gives a line from it as a line ("Wren's
line at the end, “...”, is already a meme"; "the clip closes on her one line, “...”") or as a
scene, a part speaking to its kin in the present ("the trailer gives us a glimpse, as Captain
Orla tells her brother, “...”"). The words are a part's in the work, never a person's quote,
whoever the extractor found to credit; they are held. Only when the paragraph names the footage
before the marks: "Ada's line, “...”, got the biggest laugh" at a panel is Ada's own. A scene
told in the present with its speaker ("there's a scene where Marlo says, “...”", "the scene in
which she tells her father: “...”") is the work's, footage named or not. A line a part says or
has, named right before a colon ("a hooded boatwoman says a single line: “...”", "the best
laugh is her weary line: “...”"), is the work's when the paragraph or the headline names the
footage. A moment of the film a review tells the same way ("a moment when Marlo asks Orvo,
“...”") is the work's too.
"""

from __future__ import annotations

from bot.extract.footage_lines import FOOTAGE, FOOTAGE_WORDS, before_marks, in_footage_piece
from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.names import NAME
from bot.extract.part_names import is_review
from bot.extract.text import Doc, Quote
from bot.lazy_patterns import lazy_pattern

LINE_PLACES = "first|last|final|opening|closing"
"""A line's place in a part or in footage: "her first line", "the clip's closing line"."""
_LINE_WORD = rf"(?:(?:one|only|{LINE_PLACES}|big|best)[ ])?line"
"""A part's line, perhaps with its place or worth: "line", "first line", "only line"."""
_OWNER = r"(?:Her|His|Their|[A-Z][\w’'-]*[’']s)"
"""Whose line, opening a sentence: "Her", "Wren's"."""
_LINE = lazy_pattern(
    rf"(?:[’']s|\b[Hh]er|\b[Hh]is|\b[Tt]heir|\bone)[ ]{_LINE_WORD}"
    r"(?:[ ](?:at|in)[ ]the[ ](?:end|start|trailer|teaser|clip))?[ ]*[,:]?[ ]*$"
)
"""A line named as a line right before its words: "Wren's line at the end, “", "her one line:
“"."""
_LINE_VERDICT = lazy_pattern(
    rf"^{_OWNER}[ ]{_LINE_WORD}[ ](?:in|of|from)[ ]the[ ](?:(?:new|first|latest|full|official)[ ])?"
    rf"(?:{FOOTAGE_WORDS})(?P<verdict>[^.!?:“”\"]{{1,80}}):[ ]*$"
)
"""A sentence that opens on a part's line in the footage and gives a verdict before a colon:
"Her first line in the trailer sets the tone: “", "His only line of the new teaser, delivered in a
whisper, is chilling: “" (not "X said her only line in the teaser was nearly cut: “", a person
talking about it)."""
_ASIDE_SAYER = lazy_pattern(rf"\b(?:he|she|they|who|[A-Z][\w’'-]*)[ ]{SPEECH_VERBS}\b")
"""A sayer set in the verdict ("His line in the trailer, Brill said, was improvised:", "... drew
a rebuke from a critic, who wrote:"): the words after the colon are that person's."""
_KIN = (
    r"(?:son|daughter|mother|father|mum|mom|dad|brother|sister|husband|wife|boyfriend|"
    r"girlfriend|partner|child|children|kids?|grandson|granddaughter|aunt|uncle|nephew|niece)"
)
_SCENE = lazy_pattern(
    rf"\bas[ ]{NAME}(?:,[ ]who[ ]plays[ ][^,.;:“”\"]{{1,40}},)?"
    r"[ ](?:tells|asks|begs|warns|reminds|says[ ]to|whispers[ ]to)[ ]"
    rf"(?:(?:his|her|their)[ ]{_KIN}s?|him|her|them),?[ ]*[:]?[ ]*$"
)
"""A part speaking to its kin or to a "him" in the present, right before the words: "as Orla
tells her brother, “", "as Ada Vale, who plays his aunt, tells him: “" (the actor named with the
part, speaking in the footage's scene)."""
_APPEARS_TELLING = lazy_pattern(
    r"\b(?:(?:appears|turns[ ]up|is[ ]seen)[ ]as[ ][^.!?;“”\"]{1,80}?,[ ]"
    r"(?:telling|asking|begging|warning|reminding|urging|ordering|assuring|promising)"
    r"|plays[ ][^.!?;“”\"]{1,80}?,[ ]who[ ](?:[^.!?;“”\"]{1,40}[ ])?"
    r"(?:tells|asks|begs|warns|reminds|urges|orders|assures|promises))"
    rf"[ ](?:his|her|their)[ ]{_KIN}s?,?[ ]*:?[ ]*$"
)
"""An actor shown as a part, then the part speaking to its kin: "appears as Orla's aunt, Wyn, in
a flashback, telling her niece: “", "plays her aunt, Wyn, who in a flashback warns her niece: “"
(the part's words, in a piece about the footage)."""
SCENE_SPEAKER = r"(?:(?:[A-Z][\w’'-]*[ ]){1,3}|(?:he|she|they)[ ])"
"""Who speaks in a scene told of the work: up to three capitalised words or a pronoun ("Marlo ",
"Dessa Quint ", "she ")."""
_WHERE_SAYS = lazy_pattern(
    r"(?:\bscenes?[ ](?:where|in[ ]which|when)|\b(?:in|of)[ ](?:the|this|that|its)[ ]"
    rf"(?:new[ ]|first[ ]|full[ ]|latest[ ])?(?:{FOOTAGE_WORDS})[ ](?:where|when))"
    rf"[ ]{SCENE_SPEAKER}"
    r"(?:[a-z]+ly[ ])?(?:says|tells|asks|whispers|shouts|yells|snaps|replies|screams|begs)\b"
    r"[^.!?“”\"]{0,40}$"
)
"""A scene of the work, or a moment of the footage ("her face in the trailer when she says
“"), its speaker and a speech verb in the present right before the words."""
_MOMENT_SAYS = lazy_pattern(
    r"\b(?:moments?|point)[ ](?:[^.!?;“”\"]{1,60}?[ ])?(?:where|when|in[ ]which)[ ]"
    r"(?:[A-Z][\w’'-]*[ ]?){1,3}(?:,[ ][a-z][^,.!?;“”\"]{1,50},)?[ ]"
    r"(?:[a-z]+ly[ ])?(?:says|tells|asks|whispers|shouts|yells|snaps|replies|screams|begs)\b"
    r"[^.!?“”\"]{0,40}$"
)
"""A moment of the film told in a review's present, its speaker perhaps set off by a clause,
then a speech verb right before the words: "a moment halfway in when Dessa Quint, alone at the
sink, asks Orvo, “" (a review's retelling of the story; in a profile it may be an interview's
moment, so a review only)."""
_REAL_MOMENT = lazy_pattern(
    r"\b(?:interview|Q[ ]?(?:&|and)[ ]?A|press[ ]conference|panel|conversation|chat|junket|"
    r"talk|call)\b|\b(?:says|tells|asks|whispers|shouts|replies)[ ](?:me|us|the[ ]"
    r"(?:audience|room|crowd|press|reporters))\b"
)
"""A moment the review's writer lived, not the film's: one of an interview or a Q&A ("a moment
in our interview when Ostend asks me, “"), or words said to the writer or the room."""
_CALLED_LINE = lazy_pattern(
    r"\b(?:says|speaks|delivers|gets|has|is)[ ](?:a|his|her|their)[ ]"
    r"(?:[a-z]+[ ]){0,2}line[ ]*:[ ]*$"
)
"""A line a part says or has, perhaps with what it is like, then a colon before its words:
"says a single line: “", "is her weary line: “" (a post "with a single line: “" is a caption)."""
_REACH = 120


def _verdict(doc: Doc, quote: Quote) -> bool:
    """The quote's sentence opens on a part's line in the footage, judged before a colon, and
    no sayer is set in the judgement (see ``_LINE_VERDICT``)."""
    sentence = doc.sentence_at(quote.start)
    verdict = _LINE_VERDICT.search(doc.text[sentence.start : quote.start - 1].lstrip())
    return verdict is not None and _ASIDE_SAYER.search(verdict["verdict"]) is None


def scene_line(doc: Doc, quote: Quote) -> bool:
    """The words are a line from footage the paragraph names (see above)."""
    before = before_marks(doc, quote, _REACH)
    if _WHERE_SAYS.search(before) is not None:
        return True  # "there's a scene where Marlo says, “...”"
    sentence = doc.sentence_at(quote.start)
    moment = _MOMENT_SAYS.search(doc.text, sentence.start, quote.start - 1)
    real = moment is not None and _REAL_MOMENT.search(doc.text, sentence.start, quote.start)
    if moment is not None and not real and is_review(doc):
        return True  # "a moment ... when Marlo, at the sink, asks Orvo, “...”" in a review
    if (
        _CALLED_LINE.search(before) is not None or _APPEARS_TELLING.search(before) is not None
    ) and in_footage_piece(doc, quote):
        # "At 0:48, a hooded boatwoman says a single line: “...”", "appears as Wyn, telling her
        # niece: “...”" in a teaser piece
        return True
    if _LINE.search(before) is None and _SCENE.search(before) is None and not _verdict(doc, quote):
        return False
    return FOOTAGE.search(doc.text, doc.paras[quote.para].start, quote.start - 1) is not None
