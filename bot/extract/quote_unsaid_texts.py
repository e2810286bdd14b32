"""Words in marks that are written or shown, never said: no one's quote, whoever wrote them.

A credit in marks is a work's text, not speech: "the trailer credits say “screenplay by Ada
Vale”", "“based on the novels by Ada Vale”" (a lowercase run with no verb of its own, ending
"by" and a full name). Words written in a medium ("Underneath, in marker: “...”", "in chalk, “...”")
are lettering, and so are words someone unknown has written ("on which someone has written
“...”"). A caption that comes up in footage ("shows the pier, before a caption reads
“...”") is the clip's card, not a poster's caption ("the caption reads" stays the poster's).
A part's words in a scene ("Ada Vale’s character, a nurse, turns and says, “...”") are the
work's line, not said to anyone reporting, and so are words the character voices after the
marks ("“...,” Ada Vale’s character snaps"), as is a line named and then owned ("The line
everyone quotes, Mira’s “...”"). A work's dedication ("The book is dedicated “to my sister.”")
and a line of a written text ("One line in her diary, “...”, ...") are writing, not speech.
"""

from __future__ import annotations

from bot.extract.names import FULL_NAME
from bot.lazy_patterns import lazy_pattern

_CREDIT = lazy_pattern(
    r"(?![a-z -]*\b(?:will|would|could|can|may|might|should|must|shall|is|was|be|been|being|has|"
    r"have|had|are|were|we|you|not)\b)"
    r"(?:[a-z][a-z -]{0,50}[ ])?(?:screenplay|story|script|written|directed|produced|music|score|"
    r"created|developed|adapted|novels?|books?|memoir|play|stories|lyrics)"
    rf"[ ]by[ ]{FULL_NAME}\.?"
)
"""A verbless credit: "screenplay by Ada Vale", "based on the graphic novels by Ada Vale"; not a
reported change ("will now be played by Ada Vale") or a forecast ("could drop by Christmas"),
which has a verb of its own. The word before "by" is a credit's own ("written", "novels"), so a
critic's fragment ("a tender hour anchored by Ada Vale") stays a quote."""
_WRITTEN_IN = lazy_pattern(
    r"\b(?:in|with)[ ](?:(?:black|red|blue|green|white|gold|silver|thick|big|capital|block|"
    r"permanent)[ ]){0,2}(?:markers?|chalk|biro|pen|pencil|ink|felt-tip|[Ss]harpie|lipstick|"
    r"crayon|capitals|handwriting)[:,]?[ ]$"
)
"""The medium the words are written in, straight before them: "in marker: “", "in red ink, “"."""
_WRITTEN_BY_SOMEONE = lazy_pattern(
    r"\b(?:[Ss]omeone|[Ss]omebody)(?:[ ]else)?(?:[ ]has|[ ]had|[’']s|[’']d)[ ]"
    r"(?:(?:already|also|helpfully|carefully|even|now)[ ])?(?:hand-?)?"
    r"(?:written|scrawled|scribbled|pencill?ed|chalked|printed|painted|stencill?ed|etched|typed)"
    r"(?![ ]to\b)(?:[ ][^.!?;“”\"‘’\n]{1,30}?)?[:,]?[ ]$"
)
"""Words an unknown hand has put on a page, a door or a box, straight before them: "a page on
which someone has written “", "someone had scrawled across the lid, “": a note, not speech (not
"someone has written to me", a letter someone sent; nor "someone wrote", often a post)."""
_FOOTAGE_CAPTION = lazy_pattern(
    r"\b(?:before|then|until|as|when|and|while)[ ](?:a|an)[ ](?:on-screen[ ])?"
    r"(?:caption|title|message|text)[ ](?:reads|read|appears|flashes[ ]up|says)[:,]?[ ]$"
)
"""A caption coming up in the footage after its shot: "..., before a caption reads “"."""
_SAYS = r"(?:says|said|tells|told|asks|asked|snaps|snapped|whispers|whispered)"
_CHARACTER_SAYS = lazy_pattern(
    r"\b[A-Z][\w'-]+[’']s[ ](?:[a-z]+[ ])?character\b"
    rf"(?![^.!?“”\"]*?\b(?:{FULL_NAME}|he|she|they)[ ]{_SAYS})"
    r"(?:,[^,.!?“”\"]{1,80},)?[^.!?“”\"]{0,90}?"
    rf"\b{_SAYS}\b[^.!?“”\"]{{0,30}}?[,:]?[ ]$"
)
"""An actor's character, the subject, saying the words: "Ada Vale’s character, a nurse called
Mira, turns and says, “". Not "Asked about his character, he said", the actor's own words, nor
"Ada Vale’s character, director Tom Reed said:", where someone named or a pronoun says them."""
_CHARACTER_AFTER = lazy_pattern(
    r"[,.!?…]?[”\"’']?,?[ ]+(?:(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w'-]+[’']s|[Hh]is|[Hh]er|[Tt]heir)"
    r"[ ](?:[a-z-]+[ ])?character[ ](?:[a-z]+ly[ ])?(?:says|said|asks|asked|tells|told|"
    r"(?:snap|sneer|snarl|growl|hiss|mutter|whisper|shout|yell|scream|plead|warn|bark|sob|retort|"
    r"murmur|drawl|declare|deadpan|quip|beg|spit)(?:s|d|ed|[pgnb]ed)?|spat|replies|replied)\b"
)
"""After the words, an actor's character voicing them, in either tense: "“...?” Ada Vale’s
character sneers", "“...,” her character snapped" (a part, never the actor talking to anyone)."""
_NAMED_LINE = lazy_pattern(
    r"\b(?:[Tt]he|[Oo]ne|[Aa])[ ](?:[a-z]+[ ]){0,2}line\b[^.;:!?“”\"]{0,40},[ ]"
    r"[A-Z][\w-]*[’']s[ ]$"
)
"""A line named, then whose it is right before the words: "The line everyone quotes, Mira’s
“...”": a part's line in the work, owned as a thing."""
_DEDICATED = lazy_pattern(
    r"\b(?:(?:is|was|are|were)[ ]dedicated|dedication[ ](?:reads|read|says|said))[:,]?[ ]$"
)
"""A work's dedication, in the passive or read off the page: "The film is dedicated “to ...”";
never "she dedicated the prize “to my mum”", said at a podium."""
_DOCUMENT = r"(?:diary|diaries|journal|notebook|book|novel|poem|script|screenplay)"
_TEXT_LINE = lazy_pattern(
    r"\b(?:[Oo]ne|[Aa]|[Tt]he)[ ](?:[a-z]+[ ]){0,2}(?:line|sentence|passage|entry)[ ]"
    rf"(?:in|of|from)[ ](?:(?P<it>it)|(?:the|her|his|their|that)[ ](?:[a-z]+[ ])?{_DOCUMENT})"
    r"[,:][ ]$"
)
"""A line of a written text right before the marks: "One line in her diary, “", "a passage from
the script: “", or "One line in it, “" when such a text is named just before; not a line of a
letter or a speech, which quote their writer."""
_DOCUMENT_NAMED = lazy_pattern(rf"\b{_DOCUMENT}\b")
_REACH = 60
_SCENE_REACH = 220


def unsaid(text: str, start: int, end: int) -> bool:
    """The quotation at ``start:end`` (inside its marks) is a credit, lettering, a footage
    caption, a line owned, a character's line in a scene, a dedication or a line of a written
    text (see above)."""
    if _CREDIT.fullmatch(text, start, end) is not None:
        return True
    opens = max(0, start - 1)
    before = max(0, start - _REACH)
    if _WRITTEN_IN.search(text, before, opens) or _FOOTAGE_CAPTION.search(text, before, opens):
        return True
    if _WRITTEN_BY_SOMEONE.search(text, before, opens) is not None:
        return True  # "someone has written “...”": a note, whoever shows it
    if _NAMED_LINE.search(text, max(0, start - _SCENE_REACH), opens) is not None:
        return True
    if "dedicat" in text[before:opens] and _DEDICATED.search(text, before, opens) is not None:
        return True  # "The film is dedicated “to ...”"
    if _text_line(text, before, opens):
        return True  # "One line in her diary, “...”"
    if _CHARACTER_AFTER.match(text, end) is not None:
        return True  # "“...?” Ada Vale’s character sneers"
    return _CHARACTER_SAYS.search(text, max(0, start - _SCENE_REACH), opens) is not None


def _text_line(text: str, before: int, opens: int) -> bool:
    """A line of a written text ends ``text[before:opens]`` (:data:`_TEXT_LINE`), its text named
    there or, for "in it", within :data:`_SCENE_REACH` before."""
    window = text[before:opens]
    if not any(noun in window for noun in ("line ", "sentence ", "passage ", "entry ")):
        return False
    line = _TEXT_LINE.search(text, before, opens)
    return line is not None and (
        line["it"] is None
        or _DOCUMENT_NAMED.search(text, max(0, opens - _SCENE_REACH), opens) is not None
    )
