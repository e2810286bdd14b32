"""Words shown on a thing in a post, beside the post's own caption: no one's quote.

A set's last-day post often photographs a slate or a sign and captions it: "The show's account
shared a clapperboard reading ‘LAST DAY’ with the caption “We're done.”" The caption is the
account's words; the words on the clapperboard are only shown. With no caption at all ("posted
a single slate reading “...”"), the lettering is still the thing's, not the poster's: a slate,
a sign or a card says what was chalked on it, and no one is quoted (nor when the post is only a
photo of the thing: "shared a photo of the final clapperboard, chalked with ‘...’", "a snap of
a tray of biscuits, iced with ‘...’"). How the words came to be on the thing may follow them
("a cake with “...” piped on top", "a clapperboard with “...” scrawled on it"): the thing's
words, whether a caption follows or not. A clip that ends or opens on a shot "with the words
“...”" shows its own card: the clip's text, not the account's quote.
"""

from __future__ import annotations

from bot.extract.lexicon import SHOWN_READING
from bot.extract.owned_lines import after_close
from bot.extract.shown_cards import CLIP_ENDS, card_shown
from bot.extract.sign_lines import sign_said
from bot.lazy_patterns import lazy_pattern

_THING = (
    r"\b(?:clapperboards?|slates?|boards?|cakes?|(?:t-)?shirts?|mugs?|banners?|jackets?|"
    r"(?:ticket[ ])?stubs?|tickets?|signs?|placards?)"
)
_MARKING = r"(?:chalked|scrawled|written|iced|printed|emblazoned|engraved|inscribed|stitched)"
_MARKED = _MARKING + r"[ ]with(?:[ ]the[ ]words?)?"
"""How words come to be on the thing: "a cake iced with the words “...”", "a mug printed with"."""
_SHOWN_ON = lazy_pattern(
    _THING + r"(?:[ ]from[ ][^.;:“”\"]{1,30}?,)?(?:,[ ](?:one|another|two|some|several))?"
    rf"[ ](?:{SHOWN_READING}|{_MARKED})[ ]$"
)
"""A thing, or one of several ("handmade signs, one reading “"), and the words it shows."""
_PHOTO_OF = lazy_pattern(
    r"\b(?:photo|photograph|picture|pic|snap|snapshot|shot|slide|screenshot|screengrab|still|"
    r"image|selfie|video|clip)[ ]of[ ](?:the|a|an|its|their|his|her)[ ]"
    r"[^.;:“”\"]{0,40}?" + _THING + r"(?:[ ][a-z][^.;:,“”\"]{0,40}?)?"
    rf",?[ ](?:{_MARKED}|{SHOWN_READING}|label(?:l)?ed)[ ]$"
)
"""A photo (or a slide of a post's carousel, a screenshot, a still, a clip) of a thing and the
words on it, perhaps with a short clause on the thing between ("a photo of a ticket stub they
had printed at home, labelled “...”")."""
_WITH_WORDS = lazy_pattern(_THING + r"[ ]with(?:[ ]the[ ]words?)?[ ]$")
_MARKED_AFTER = lazy_pattern(
    rf"[ ]{_MARKING}[ ](?:across|on|over|onto)[ ](?:it|them|top|the[ ](?:front|back|top))\b\.?"
)
"""The marking told after the words: "with “...” chalked on it", "iced on top"."""
_SIGN_BOARD = lazy_pattern(
    r"\b(?:slates?|[a-z]*boards?|banners?|signs?|placards?|cakes?)"
    r"(?:[ ](?:from|in|on)[ ][^.;:“”\"]{1,30}?,?)?"
    r"[ ](?:simply[ ]|just[ ])?(?:reading|reads|read|(?:that|which)[ ]reads?):?[ ]$"
)
"""A slate, a board or a sign reading its words: "posted a clapperboard reading “", "the crew's
whiteboard reads ‘" (kept only for words in capitals, lettering a caption does not take)."""
_SHOWED_WITH_WORDS = lazy_pattern(
    r"\b(?:showed|shows|showing|featured|features)[ ](?:a|an|the|his|her|their)[ ]"
    r"[^.;:“”\"]{0,40}?" + _THING + r"[ ]with[ ]the[ ]words?[ ]$"
)
"""A post or a story showing a thing with words on it: "His story showed a half-eaten cake with
the words ‘...’ piped in icing" (the thing's words, not the poster's)."""
_CARD_WORDS = ("the words ", "the message ", "the text ", "the line ", "the tagline ")
"""What follows the shot a clip ends on: "... with the words “...”"."""
_BARE_CARD_WORDS = tuple(words for words in _CARD_WORDS if words != "the line ")
"""Shown words the clip ends on with no shot before them: "the trailer closes on the words
“...”". Not "the line ": a clip ending on a line may end on a part's spoken line."""
_CARD_READING = ("card reading ", "card that reads ", "card saying ", "caption reading ", "card: ")
"""A card a clip ends on, reading its words: "closes on a title card reading “...”", "ends on a
card: “...”"."""
_CARD = lazy_pattern(
    r"\b(?P<clip>clip|teaser|video|trailer|promo|reel)\b[^.;“”\"]{0,90}?"
    rf"[ ]{CLIP_ENDS}[ ](?:on|with)[ ](?:[^.;“”\"]{{1,90}}?[ ](?:with|and)"
    rf"[ ](?:{'|'.join(_CARD_WORDS)})|(?:[^.;“”\"]{{0,60}}?[ ])?(?:{'|'.join(_CARD_READING)})"
    rf"|(?P<bare>{'|'.join(_BARE_CARD_WORDS)}))$"
)
"""A clip's own card after the shot it ends on: "a teaser that ends on a shot of the pier with
the words “...”", "... with the message “...”", "closes on a title card reading “...”", or with
no shot ("closes on the words “...”") (a cheap test of the card's words comes first)."""
_POSTED = lazy_pattern(
    r"\b(?:posted|posts|shared|shares|uploaded|uploads|recorded|records|filmed|films)[ ]"
    r"(?:a|an|her|his|their)[ ](?:[a-z-]+[ ])?$"
)
"""A video someone posts, their own message: with no shot before its words, they are the
poster's ("Vale posted a video that ends with the message “...”"), not a card's."""
_CARD_ENDS = _CARD_WORDS + _CARD_READING
_CARD_REACH = 200
_REACH = 40
_LEAD_REACH = _REACH + 30
"""How far back a sign, or what a thing is shown on, is read before its words."""
_PHOTO_REACH = 90
_CAPITAL_LETTERS = 4


def shown_beside_caption(text: str, start: int, end: int) -> bool:
    """The quotation at ``start:end`` (inside its marks) is what a thing in the post reads,
    whether a caption of the post's own follows it or not, or a clip ends or opens on it, or a
    card, a sign or a tagline reads it (:mod:`bot.extract.shown_cards`), or a sign held up says
    it (:mod:`bot.extract.sign_lines`)."""
    if card_shown(text, start, end) or _capital_lettering(text, start, end):
        return True
    if sign_said(text, start):
        return True
    if _SHOWED_WITH_WORDS.search(text, max(0, start - _PHOTO_REACH), max(0, start - 1)):
        return True
    card = text.endswith(_CARD_ENDS, 0, max(0, start - 1)) and _CARD.search(
        text, max(0, start - _CARD_REACH), max(0, start - 1)
    )
    if card and not (card["bare"] and _POSTED.search(text, card.pos, card.start("clip"))):
        return True
    if _PHOTO_OF.search(text, max(0, start - _PHOTO_REACH), max(0, start - 1)) is not None:
        return True
    before = (max(0, start - _LEAD_REACH), max(0, start - 1))
    if _SHOWN_ON.search(text, *before) is not None:
        return True  # "a clapperboard reading “...”": the thing's lettering, caption or none
    marked = _MARKED_AFTER.match(text, after_close(text, end))
    # "a clapperboard with “...” scrawled on it": the thing's lettering, caption or none
    return marked is not None and _WITH_WORDS.search(text, *before) is not None


def _capital_lettering(text: str, start: int, end: int) -> bool:
    """Words all in capitals on a slate, a board or a sign ("a clapperboard reading “THAT'S A
    WRAP”"): lettering, not a caption's sentence."""
    inner = text[start:end]
    letters = [char for char in inner if char.isalpha()]
    if len(letters) < _CAPITAL_LETTERS or any(char.islower() for char in letters):
        return False
    return _SIGN_BOARD.search(text, max(0, start - _LEAD_REACH), max(0, start - 1)) is not None
