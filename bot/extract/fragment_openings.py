"""Whether a quotation is a fragment of someone's words inside the writer's own sentence.

A quote embedded mid-clause ("were “a quiet joy”") is a fragment; one after an introducing
word ("said “...”", "posted “...”") is a whole quotation. So is one after a comma
("She said, “We built the set in a week.”"), unless it opens in lower case right after an aside
set off by commas: then it finishes the writer's sentence ("whose strings, Merryn says, “hum
like a kettle”"; "that the editor, Cadan Ostle, “let the scenes breathe”") and is a fragment too.
Not after an interrupted quotation ("“...,” she says, “and then ...”": its second half).
"""

from __future__ import annotations

import re

_EMBEDDED = re.compile(r"[^\W_][ ]*$")
_INTRODUCING_WORD = re.compile(
    r"\b(?:said|says|added|adds|wrote|writes|continued|explained|told|joked|posted|tweeted|"
    r"replied|reads|read|writing|saying|adding|stating|caption|captioned|captioning|to[ ]say)[ ]*$"
)
_AFTER_ASIDE = re.compile(r"(?:^|[,;:–—])(?P<head>[^,;:–—]*[^\W_])[ ]*,[^,“”\"‘’]+,[ ]*$")
_MESSAGE_VERB = re.compile(
    r"\b(?:say|says|said|tell|told|write|wrote|text|texted|read|reads|post|posted|tweet|tweeted|"
    r"caption|captioned|like)\b(?![ ]+that\b)"
)
_OPENING_ADVERBIAL = re.compile(
    r"[ ]*(?:Until|Since|After|Before|For|In|On|At|Meanwhile|Still|Now|Then|So|But|And|Yet)\b"
)
_LOWER_OPENING = re.compile(r"[a-z]")


def is_fragment(pre: str, text: str, after_quote: bool) -> bool:
    """``text`` (a quotation's words) is a fragment, given ``pre`` (its sentence before it, from
    the end of an earlier quotation in it when ``after_quote``)."""
    if _EMBEDDED.search(pre) is not None:
        return _INTRODUCING_WORD.search(pre) is None
    if after_quote or _LOWER_OPENING.match(text) is None:
        return False
    # "I texted my agent, Lowen Pindar, “that's our girl”": the words sent, whole, not a fragment.
    # "Until then, as his cousin says, “we hold on”": an opening adverbial, then a whole clause.
    aside = _AFTER_ASIDE.search(pre)
    if aside is None or _MESSAGE_VERB.search(aside["head"]) is not None:
        return False
    return aside.start() > 0 or _OPENING_ADVERBIAL.match(aside["head"]) is None
