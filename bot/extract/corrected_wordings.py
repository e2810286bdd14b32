"""Words in marks that a correction quotes from the article's own earlier, wrong version: the
publication's mistaken wording, withdrawn, and no one's quote.

"The article also described Ada Vale's character as “Mira's aunt”.", "An earlier version of
this story called the film “...”" and "The article also said that filming began “...”" give the
page's own words back, to set them right; nobody said them. The page must own up to an error
somewhere (a correction notice, or "wrongly" in the sentence itself), so another outlet's report
naming a thing stays its quote; and only words credited to no one are held: a named describer
("Ada Vale described her part as “...”") keeps the quote.
"""

from __future__ import annotations

from bot.extract.correction_notices import notice_paras
from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_WRONGLY = r"(?:wrongly|incorrectly|mistakenly|erroneously)"
_OWN_PAGE = lazy_pattern(
    r"\b(?:(?:[Tt]he|[Tt]his|[Oo]ur|[Aa]n?)[ ](?:original[ ]|earlier[ ]|previous[ ]|first[ ])?"
    r"(?:article|story|piece|post|headline|version|copy|caption|entry)"
    r"(?:[ ]of[ ]this[ ](?:article|report|story|piece|post))?|(?<![Aa]s[ ])[Ww]e)"
    rf"[ ](?P<how>(?:(?:also|further|originally|{_WRONGLY})[ ])*)"
    r"(?:described|called|referred[ ]to|named|labelled|labeled|identified|listed|misdescribed|"
    r"misnamed|misidentified|said|stated|suggested|claimed|reported|wrote)\b"
    r"[^.;!?“”\"\n]{0,80}?[ ]?$"
)
"""The page's own earlier version as the subject of a naming verb, straight up to the marks:
"The article also described ... as “", "An earlier version of this story called the film “", or
saying it: "The original article further suggested that the film “"."""
_WRONG = lazy_pattern(_WRONGLY)
_REACH = 160


def held_if_own_wording(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its faceless words are the page's own earlier wording (see above)."""
    if not fact.served or not faceless(fact):
        return fact
    para = doc.paras[quote.para]
    opens = max(quote.start - 1, para.start)
    own = _OWN_PAGE.search(doc.text, max(opens - _REACH, para.start), opens)
    if own is None:
        return fact
    if _WRONG.search(own["how"]) is None and not notice_paras(doc):
        return fact
    return held(fact, "the page's own earlier wording, quoted to correct it")
