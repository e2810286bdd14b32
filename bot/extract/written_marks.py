"""Words written on a thing or in a document, quoted as the writer found them: no one's quote.

Three shapes, each only for words no one the article describes is credited with:

- a thing marked with the words: "a crate marked “FRAGILE – ATTIC”", "an envelope stamped
  ‘RETURN TO SENDER’" (a fragment so marked is lettering even when the sentence's subject is
  credited: "Ada Vale posted a photo of a slate marked “last day”"), "a folder labelled “Act
  Two”", "a slate with the words ‘Last Day’" (not
  a post's: "a photo of a mug with the words ‘...’" gives its caption);
- a document listing them: "the rota lists Ada Vale, Kai Moss, plus ‘Biscuit (cat) + owner’",
  "the running order has “Lanterns (reprise)” last";
- a clip or a work ending or opening with them, the clip or "it" its subject: "It ends with
  “On screens 4 May”", "The promo opens with “Coming soon”" (a posted video that ends with its
  poster's message has its poster: credited, so not touched here);
- a list after a colon of what a thing shows, its words last: "a poster: two leaves and the
  words “...”" (no speech verb or post in the sentence: "a story: a slate and the words “...”"
  gives the poster's caption);
- a poll's or a category's wording after its noun: "our reader poll: “best ... of the decade”
  closes Sunday" (however the sentence credits it: a ballot's words, nobody's remark);
- words shown on screen: "just the words “Winter is close” on screen", "“Coming soon” flashes
  up across the screen", "a title card reading “Ten years later”" (text a trailer shows; "she
  said “...” on screen at the panel" has a sayer, so it is not faceless).
"""

from __future__ import annotations

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.quote_checks import faceless
from bot.extract.shown_cards import CLIP_ENDS
from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_MARKED_THING = lazy_pattern(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Tt]wo)[ ](?:[a-z-]+[ ]){0,2}?"
    r"[a-z-]{3,}[ ](?:marked|labelled|labeled|stamped|tagged|headed)[ ](?:simply[ ]|only[ ])?$"
)
"""A thing, then the words marked on it: "a box marked “", "the door stamped simply ‘"."""
_WITH_THE_WORDS = lazy_pattern(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ](?:[a-z-]+[ ]){0,2}?[a-z-]{3,}[ ]"
    r"(?:with|bearing|carrying)[ ]the[ ](?:words|legend|inscription)[:,]?[ ]$"
)
"""A thing bearing the words: "a clapperboard with the words ‘"."""
_LISTED_WORDS = lazy_pattern(r"(?:,|\b(?:and|plus))[ ]the[ ](?:words|legend|slogan)[:,]?[ ]$")
"""The words as the last of the things shown: "two leaves and the words “"."""
_SPOKEN = lazy_pattern(rf"\b{SPEECH_VERBS}\b")
_POLL_BEFORE = lazy_pattern(r"\b(?:poll|polls|vote|survey|ballot|category|categories|quiz)[:]?[ ]$")
"""A poll or a category right before its wording: "our reader poll: “"."""
_POST_NOUN = lazy_pattern(
    r"\b(?:selfies?|photos?|pictures?|pics?|snaps?|videos?|clips?|story|stories|posts?|reels?|"
    r"images?|TikToks?|tweets?|messages?|captions?)\b"
)
"""A post in the sentence ("a photo of a mug with the words"): the words are its caption, the
poster's, not lettering."""
_DOCUMENT_LISTS = lazy_pattern(
    r"\b(?:call[ ]sheets?|rotas?|schedules?|running[ ]orders?|menus?|set[ ]lists?|setlists?|"
    r"itinerar(?:y|ies)|whiteboards?|clipboards?|manifests?)[ ](?:lists|listed|has|had|includes|"
    r"included|names|named)\b[^.;:!?“”\"]{0,120}$"
)
"""A document, then what it lists, up to the words in marks: "the call sheet lists ... plus “"."""
_CLIP_OR_IT = lazy_pattern(
    r"(?:^|[.!?][ ]|\n)(?:It|(?:The|This|Its)[ ](?:[a-z-]+[ ])?(?:clip|teaser|trailer|promo|"
    rf"video|reel|spot|film|episode))[ ]{CLIP_ENDS}[ ]with[ ]$"
)
"""A clip, or "it", opening its sentence and ending with the words: "It ends with “"."""
_ON_SCREEN = lazy_pattern(
    r"[,]?[ ](?:(?:appears?|appeared|flash(?:es|ed)?|comes?|came|pops?|popped|fades?|faded)"
    r"(?:[ ](?:up|in))?[ ])?(?:on|across|onto)[ ](?:the[ ]|a[ ]black[ ])?screen\b"
)
"""Right after the closing mark, the words shown on screen: "“...” on screen", "“...” flashes up
across the screen"."""
_CARD_READING = lazy_pattern(
    r"\b(?:title[ ]card|caption|on-screen[ ](?:text|caption)|text[ ]card|intertitle)s?"
    r"[ ](?:reading|that[ ]reads|which[ ]reads|saying|that[ ]says)[:,]?[ ]*$"
)
"""A card or caption in the footage, then what it reads: "a title card reading “"."""
_DOUBT = "words written on a thing or in a document"
_REACH = 160


def held_if_written(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its faceless words are marked on a thing, listed in a document or what
    a clip ends with (see above)."""
    if not fact.served or not quote.closed:
        return fact
    stop = quote.start - 1
    if _POLL_BEFORE.search(text, max(0, stop - 12), stop):
        return held(fact, _DOUBT)
    near = max(0, stop - 60)
    if fact.fragment and _MARKED_THING.search(text, near, stop):
        return held(fact, _DOUBT)  # "posted a photo of a clapperboard marked “...”"
    if not faceless(fact):
        return fact
    if _MARKED_THING.search(text, near, stop) or _CLIP_OR_IT.search(text, near, stop):
        return held(fact, _DOUBT)
    if _CARD_READING.search(text, near, stop) or _ON_SCREEN.match(text, quote.end + 1):
        return held(fact, _DOUBT)
    sentence = max(text.rfind(". ", 0, stop), text.rfind("\n", 0, stop), stop - _REACH, 0)
    if _DOCUMENT_LISTS.search(text, sentence, stop):
        return held(fact, _DOUBT)
    if _WITH_THE_WORDS.search(text, near, stop) and not _POST_NOUN.search(text, sentence, stop):
        return held(fact, _DOUBT)  # "posted a clapperboard with the words ‘...’"
    listed = _LISTED_WORDS.search(text, near, stop) and ":" in text[sentence:stop]
    if (
        listed
        and not _SPOKEN.search(text, sentence, stop)
        and not _POST_NOUN.search(text, sentence, stop)
    ):
        return held(fact, _DOUBT)  # "a poster: two leaves and the words “...”"
    return fact
