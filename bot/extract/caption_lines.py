"""Words in marks that open a picture's caption: a line of the scene the still shows, not a
quote.

A gallery's caption is labelled by its place ("Photo 3 of 8:", "Image 2 -", "Still 4.",
"Caption 3:") or
signed by its credit at the end ("Photo: Vireo/Corvid"); a bare "Caption:" counts when a credit
or a sentence telling the still's scene follows the words (a post's caption is labelled so too,
and its words alone are the poster's). When the words in marks open it, just
after the label, and no one is named to say them ("Photo 3 of 8: “You'll not sleep here,
Captain.” Dessa turns the keeper away. Photo: Vireo"), they are the scene's line, spoken by a
part in the work. A caption that names a sayer ("Photo 4: “It was freezing,” says Ada Vale")
keeps its quote, and a quotation later in the caption is left to the other rules. A caption may
also be the words in marks, a colon and the still's cast alone ("“Still the worst landlord in
town”: Ada Vale as Dessa Moor."): the writer's heading or the part's line, no one's quote. Held
for review, never served.
"""

from __future__ import annotations

from bot.extract.names import NAME
from bot.extract.part_lines import held_line
from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_PLACE_LABEL = lazy_pattern(
    r"(?:Photo|Picture|Image|Still|Slide|Frame|Caption)[ ]\d{1,2}(?:[ ](?:of|/)[ ]\d{1,2})?"
    r"[ ]*[:.–—-][ ]*[“\"‘']?$"
)
"""A caption's place in the gallery, right before the opening mark: "Photo 3 of 8: “"."""
_BARE_LABEL = lazy_pattern(r"Caption[ ]*[:–—-][ ]*[“\"‘']$")
"""A caption's bare label right before the opening mark ("Caption: “"). A post's caption is
labelled so too, its poster's words, so it counts only with a credit signing the end or the
still's own scene told after the words."""
_SCENE_AFTER = lazy_pattern(
    r"[”\"’'][ ]+(?![^“”\"‘]*\b(?:said|says|wrote|writes|posted|posts|shared|shares|tweeted"
    r"|tweets|captioned|captions)\b)[A-Z][^“”\"‘]{8,}$"
)
"""After the closing mark, a sentence of the writer's with no further marks, ending the caption
("” Two friends hug at the door."): what the still shows; not one telling who posted or said
the words ("” Ada Vale shared this on Instagram."), which makes them a post's caption."""
_CREDIT = lazy_pattern(
    r"\b(?:Photo|Picture|Image|Photograph|Still)(?:[ ]credit)?:[ ][^.!?“”\"]{2,80}[.]?[ ]*$"
)
"""A photo credit signing the end of the caption: "Photo: Vireo/Corvid"."""
_CAST_OF_STILL = lazy_pattern(rf"[”\"’']:[ ]+{NAME}[ ]as[ ]{NAME}[.]?[ ]*$")
"""After the closing mark, a colon and one actor "as" a part, ending the paragraph: a still's
caption ("”: Ada Vale as Dessa Moor.")."""
_MARKS = frozenset("“\"‘'")


def held_if_caption_line(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its words open a labelled or credited picture caption and no one is
    named to say them (see above)."""
    if not fact.served or not faceless(fact):
        return fact
    para = doc.paras[quote.para]
    lead = doc.text[para.start : quote.start]
    if _PLACE_LABEL.match(lead) is not None:
        return held_line(fact)
    if lead in _MARKS and _CREDIT.search(doc.text, quote.end, para.end) is not None:
        return held_line(fact)
    if _BARE_LABEL.match(lead) is not None and (
        _CREDIT.search(doc.text, quote.end, para.end) is not None
        or _SCENE_AFTER.match(doc.text, quote.end, para.end) is not None
    ):
        return held_line(fact)
    if lead in _MARKS and _CAST_OF_STILL.match(doc.text, quote.end, para.end) is not None:
        return held_line(fact)
    return fact
