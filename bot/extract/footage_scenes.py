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
footage.
"""

from __future__ import annotations

import re

from bot.extract.footage_lines import FOOTAGE, before_marks, in_footage_piece
from bot.extract.names import NAME
from bot.extract.text import Doc, Quote

LINE_PLACES = "first|last|final|opening|closing"
"""A line's place in a part or in footage: "her first line", "the clip's closing line"."""
_LINE = re.compile(
    r"(?:[’']s|\b[Hh]er|\b[Hh]is|\b[Tt]heir|\bone)[ ]"
    rf"(?:(?:one|only|{LINE_PLACES}|big|best)[ ])?line"
    r"(?:[ ](?:at|in)[ ]the[ ](?:end|start|trailer|teaser|clip))?[ ]*[,:]?[ ]*$"
)
"""A line named as a line right before its words: "Wren's line at the end, “", "her one line:
“"."""
_LINE_VERDICT = re.compile(
    r"(?:^|[.!?][ ]+)(?:Her|His|Their|[A-Z][\w’'-]*[’']s)[ ]"
    rf"(?:(?:one|only|{LINE_PLACES}|big|best)[ ])?line[ ]in[ ]the[ ](?:trailer|teaser|clip)"
    r"(?:[ ][a-z]+){1,4}[ ]*:[ ]*$"
)
"""A sentence that opens on a part's line in the footage and gives a short verdict before a
colon: "Her first line in the trailer sets the tone: “" (not "X said her only line in the teaser
was nearly cut: “", a person talking about it)."""
_KIN = (
    r"(?:son|daughter|mother|father|mum|mom|dad|brother|sister|husband|wife|boyfriend|"
    r"girlfriend|partner|child|children|kids?|grandson|granddaughter|aunt|uncle|nephew|niece)"
)
_SCENE = re.compile(
    rf"\bas[ ]{NAME}[ ](?:tells|asks|begs|warns|reminds|says[ ]to|whispers[ ]to)[ ]"
    rf"(?:his|her|their)[ ]{_KIN}s?,?[ ]*[:]?[ ]*$"
)
"""A part speaking to its kin in the present, right before the words: "as Orla tells her
brother, “"."""
_APPEARS_TELLING = re.compile(
    r"\b(?:appears|turns[ ]up|is[ ]seen)[ ]as[ ][^.!?;“”\"]{1,80}?,[ ]"
    rf"(?:telling|asking|begging|warning|reminding)[ ](?:his|her|their)[ ]{_KIN}s?,?[ ]*:?[ ]*$"
)
"""An actor shown as a part, then the part speaking to its kin: "appears as Orla's aunt, Wyn, in
a flashback, telling her niece: “" (the part's words, in a piece about the footage)."""
SCENE_SPEAKER = r"(?:(?:[A-Z][\w’'-]*[ ]){1,3}|(?:he|she|they)[ ])"
"""Who speaks in a scene told of the work: up to three capitalised words or a pronoun ("Marlo ",
"Dessa Quint ", "she ")."""
_WHERE_SAYS = re.compile(
    rf"\bscenes?[ ](?:where|in[ ]which|when)[ ]{SCENE_SPEAKER}"
    r"(?:[a-z]+ly[ ])?(?:says|tells|asks|whispers|shouts|yells|snaps|replies|screams|begs)\b"
    r"[^.!?“”\"]{0,40}$"
)
"""A scene of the work, its speaker and a speech verb in the present right before the words."""
_CALLED_LINE = re.compile(
    r"\b(?:says|speaks|delivers|gets|has|is)[ ](?:a|his|her|their)[ ]"
    r"(?:[a-z]+[ ]){0,2}line[ ]*:[ ]*$"
)
"""A line a part says or has, perhaps with what it is like, then a colon before its words:
"says a single line: “", "is her weary line: “" (a post "with a single line: “" is a caption)."""
_REACH = 120


def scene_line(doc: Doc, quote: Quote) -> bool:
    """The words are a line from footage the paragraph names (see above)."""
    before = before_marks(doc, quote, _REACH)
    if _WHERE_SAYS.search(before) is not None:
        return True  # "there's a scene where Marlo says, “...”"
    if (
        _CALLED_LINE.search(before) is not None or _APPEARS_TELLING.search(before) is not None
    ) and in_footage_piece(doc, quote):
        # "At 0:48, a hooded boatwoman says a single line: “...”", "appears as Wyn, telling her
        # niece: “...”" in a teaser piece
        return True
    if (
        _LINE.search(before) is None
        and _SCENE.search(before) is None
        and (_LINE_VERDICT.search(before) is None)
    ):
        return False
    return FOOTAGE.search(doc.text, doc.paras[quote.para].start, quote.start - 1) is not None
