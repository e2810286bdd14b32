"""Whether a quotation is a fragment of someone's words inside the writer's own sentence.

A quote embedded mid-clause ("were “a quiet joy”") is a fragment; one after an introducing
word ("said “...”", "posted “...”", "shared a photo with the words “...”") is a whole
quotation. So is one after a comma ("She said, “We built the set in a week.”"), unless it opens
in lower case right after an aside set off by commas: then it finishes the writer's sentence
("whose strings, Merryn says, “hum like a kettle”"; "that the editor, Cadan Ostle, “let the
scenes breathe”") and is a fragment too.
Not after an interrupted quotation ("“...,” she says, “and then ...”": its second half).
A quotation nested in another is read against the outer one's own words, which the masked text
hides ("‘Ada would say, “Keep the tide in shot.” I never forgot it.’": a whole line reported).
"""

from __future__ import annotations

from bot.extract.owned_lines import after_close
from bot.extract.text import Doc, Quote
from bot.lazy_patterns import lazy_pattern

_EMBEDDED = lazy_pattern(r"[^\W_][ ]*$")
_INTRODUCING_WORD = lazy_pattern(
    r"\b(?:said|says|added|adds|wrote|writes|continued|explained|told|joked|posted|tweeted|"
    r"replied|(?<!that[ ])(?<!which[ ])(?:reads|read)|writing|saying|adding|stating|caption|"
    r"captioned|captioning|to[ ]say|deadpanning|quipping|joking|whispering|muttering|snapping)"
    r"(?:[ ](?:simply|(?!(?:mere|sole|pure|main|most|large|part|near|bare|hard)ly)[a-z]{3,}ly))?"
    r"[ ]*$"
    r"|\b(?:re)?(?:shar|post|tweet|upload)(?:ed|es|s|ing)[ ][^.;:“”\"]{0,100}?"
    r"[ ](?:with|alongside)(?P<bare>(?:[ ]the[ ](?:words|message|caption|note))?)[ ]*$"
    r"|\b(?:post|posts|message|messages|tweet|tweets|statement|note)[ ]reading[ ]*$"
)
"""A word that introduces whole words: a speech verb, perhaps with its manner ("captioned
simply", "deadpanning"; not "said merely", which limits a few words), a post's caption ("shared a
photo of the cake with the words", "reposted the clip on her story with"). Not words a thing
shows: "a sign that read", "a T-shirt with the words" are the thing's, quoted in passing; nor a
bare "with" whose words the sentence goes on to place ("posted a photo with “day one” written
across it": see ``_PLACED``). A post or a message "reading" the words, unlike a sign, is
someone's whole message ("marked the day with a post reading “...”")."""
_PLACED = lazy_pattern(r"[ ]+[a-z]")
"""After a quotation's close, the clause going on in words rather than ending."""
_AFTER_ASIDE = lazy_pattern(r"(?:^|[,;:–—])(?P<head>[^,;:–—]*[^\W_])[ ]*,[^,“”\"‘’]+,[ ]*$")
_MESSAGE_VERB = lazy_pattern(
    r"\b(?:say|says|said|tell|told|write|wrote|text|texted|read|reads|post|posted|tweet|tweeted|"
    r"caption|captioned|like)\b(?![ ]+that\b)"
)
_OPENING_ADVERBIAL = lazy_pattern(
    r"[ ]*(?:Until|Since|After|Before|For|In|On|At|Meanwhile|Still|Now|Then|So|But|And|Yet)\b"
)
_LOWER_OPENING = lazy_pattern(r"[a-z]")


def is_fragment(pre: str, text: str, after_quote: bool, after: str = "") -> bool:
    """``text`` (a quotation's words) is a fragment, given ``pre`` (its sentence before it, from
    the end of an earlier quotation in it when ``after_quote``) and ``after`` (what follows its
    closing mark)."""
    if _EMBEDDED.search(pre) is not None:
        introduced = _INTRODUCING_WORD.search(pre)
        if introduced is not None and introduced["bare"] == "" and _PLACED.match(after):
            return True  # "posted a photo with “day one” written across it": the photo's words
        return introduced is None
    if after_quote or _LOWER_OPENING.match(text) is None:
        return False
    # "I texted my agent, Lowen Pindar, “that's our girl”": the words sent, whole, not a fragment.
    # "Until then, as his cousin says, “we hold on”": an opening adverbial, then a whole clause.
    aside = _AFTER_ASIDE.search(pre)
    if aside is None or _MESSAGE_VERB.search(aside["head"]) is not None:
        return False
    return aside.start() > 0 or _OPENING_ADVERBIAL.match(aside["head"]) is None


def quote_fragment(doc: Doc, quote: Quote, pre: str, text: str, *, after_quote: bool) -> bool:
    """:func:`is_fragment` for ``quote``, whose masked sentence before it is ``pre``; inside
    another quotation, the words before it are that quotation's own, up to its opening mark."""
    for outer in doc.quotes:
        if outer.start >= quote.start:
            break
        if quote.end <= outer.end and not outer.label and outer.para == quote.para:
            return is_fragment(doc.text[outer.start : quote.start - 1], text, False)
    closed = after_close(doc.text, quote.end)
    return is_fragment(pre, text, after_quote, doc.text[closed : closed + 2])
