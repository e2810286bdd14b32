"""An unnamed poster whose account the article names right beside them is that account.

"the fan account @tidewrack_daily posted a photo, with the caption: “...”" and "One fan account
@saltmarsh_22 wrote: “...”" name the account that posted: the words are its, not an unnamed
"the fan". Only one handle in the attribution, straight after the unnamed words and "account"
or "handle", or set off after them in an aside ("Another user, @x, wrote", "The top reply, from
u/x, read"), counts; a handle
further into the aside ("Another user, replying to @x, wrote") is someone else. A handle
straight after the unnamed words that close a trailing attribution, or set off after them by a
comma or "under the handle", labels the poster too ("“...,” posted a viewer @reedbank_77 on
Threads", "“...,” wrote one user, @reedbank_77.", "“...,” wrote a fan on X, under the handle
@reedbank_77."), when the handle ends the attribution or is followed by where it was posted;
not the object of a clause ("“...,” said a fan @x had tagged"), which is someone else. So does
a relative clause owning the handle ("“...,” wrote one fan on X, whose handle @reedbank_77 has
since gone quiet"). A handle opening the sentence with the unnamed words set off after it as an
aside ("@reedbank_77, one of the viewers outside, summed it up: “...”") is the poster too.
An unnamed poster "posting as" a handle ("Another, posting as @x, kept it short: “...”", "One fan,
posting on Threads as @x, wrote") is that account by the article's own words, whatever verb
follows, when it is the subject of the quote's own sentence. So is a post "from" the handle set
off right after it ("The top reply, from u/x, read: “...”"): the post is the account's; a
person "from" a handle ("One fan, from @x, wrote") is not read so. A text with who it came
from set off after it ("The caption, from @x, read:") is that sender's, never someone the text
noun alone stands for: the handle's, or no one's when the sender is no handle this can credit.
A work's own account ("The show's official account replied:") is no company's: its words go
to no organisation the article names nearby.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.subjects import ACCOUNT
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import cached_pattern, lazy_pattern

_HANDLE = lazy_pattern(rf"(?<![\w/@.-]){ACCOUNT}")
_BESIDE = lazy_pattern(
    rf"[ ](?:fan[ ])?(?:account|handle)[ ](?P<handle>{ACCOUNT})(?=[ ,])"
    rf"|,[ ](?P<aside>{ACCOUNT}),"
    rf"|,[ ]from[ ](?P<sender>{ACCOUNT}),"
)
"""The poster's handle after its unnamed words: "One fan account @x", or an aside "Another
user, @x," (closed by its comma: "Another user, @x's sister," is someone else)."""
_POST = lazy_pattern(r"\b(?:reply|comment|post|response|answer|message)$")
"""Unnamed words naming a post, not a person: only a post is "from" the handle that sent it."""
_LABEL = lazy_pattern(
    rf",?[ ](?:under[ ](?:the[ ])?(?:handle|name)[ ])?(?P<handle>{ACCOUNT})"
    rf"(?=[,.;:!?]|$|[ ](?:on|in|via|over[ ]on)[ ])"
    rf"|,[ ]whose[ ](?:handle|account|username)[ ](?:is[ ])?(?P<owned>{ACCOUNT})"
)
_FRONTED = lazy_pattern(rf"(?P<handle>{ACCOUNT}),[ ]")
"""A handle opening its sentence, set off by a comma: "@x, one of the fans outside, wrote"."""
_ASIDE_END = lazy_pattern(r"(?:[ ][a-z][\w-]*){0,3},[ ]")
"""The rest of the unnamed aside after a handle, to its closing comma: " outside, "."""
_TAKES_OBJECT = lazy_pattern(r"[ ](?:to|at|with|by|from|for|of|in|on|about|replying|quoting)$")
"""Unnamed words ending on a word that wants an object ("one user in reply to"): a handle after
them is the one answered, not the poster's label."""
_POSTING_AS = lazy_pattern(
    rf"(?:Another|One|An?)(?:[ ](?!(?:to|at|with|by|from|for|of)\b)[A-Za-z-]+){{0,3}},?"
    r"[ ](?:posting|who[ ]posts)"
    rf"(?:[ ](?:on|to)[ ][A-Z][\w.-]*)?[ ]as[ ](?P<handle>{ACCOUNT})(?=[ ,])"
)
"""An unnamed subject opening its sentence, then its own "posting as" aside: "Another, posting
as @x," or "A fan posting as @x", not "Another, replying to a fan posting as @x" (the one
answered) nor "One viewer answering a fan posting as @x"; "posting on Reddit as @x" and a
relative clause, "One user, who posts as @x," are the same, and so is a site's name in the
unnamed words ("A TikTok user, posting as @x,")."""
_TEXT_FROM = lazy_pattern(
    r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ](?:[a-z]+[ ]){0,2}?"
    r"(?:caption|post|reply|comment|message|tweet|update)"
    r",[ ]from[ ](?P<sender>[^,;“”\"]{1,60}),[ ](?:[a-z]+[ ])?(?:read|reads|said|says|ran|runs)$"
)
"""A text opening the attribution, with who it came from set off after it: "The caption, from
@x, read": the sender's words, whoever the text noun alone would stand for."""
_OWN_SENDER = lazy_pattern(
    r"(?:(?:the|her|his|their|its|a)[ ](?:[a-z]+[ ]){0,2}?(?:account|handle)[ ])?"
    rf"(?P<handle>{ACCOUNT})(?:[ ](?:on|via)[ ][A-Z][\w.-]*)?"
)
"""A sender that is the account itself ("@x", "her account @x", "@x on Threads"); not a person
told by the handle ("@x's sister", "a friend of @x", "a fan who tagged @x")."""
_WORKS_ACCOUNT = lazy_pattern(
    r"(?:[Tt]he|[Ii]ts)[ ](?:show|series|film|drama|programme|movie|thriller|comedy|documentary)"
    r"(?:[’']s|[’'])(?:[ ][a-z]+){0,2}[ ](?:account|page|handle|feed)\b"
)
"""An account a work owns ("the show's official account", "the film's page"): the work's own
voice, never the channel or company the text-noun search finds near it."""
_POST_FROM_AFTER = lazy_pattern(
    r"[ ]*(?:The|That|Her|His|Their)[ ](?P<noun>post|tweet|reply|comment|message|video|caption)"
    rf"(?:,[ ]from|[ ](?:was|came)[ ]from)[ ](?P<handle>{ACCOUNT})(?=[ ,.;])"
)
"""The sentence right after an unnamed poster's words, telling whose account posted them: "One
fan posted: “...” The post, from @x, has been shared ..." (the account's words)."""
_ACCOUNT_AFTER = lazy_pattern(rf"[ ](?:account|handle),?[ ](?P<handle>{ACCOUNT})(?=[ ,.;])")
"""The unnamed words cut short before the account they describe: "a post from a fan account,
@x, which claimed ...": "a fan" is the account's first word, not a person; the account posts."""
_POSTED = lazy_pattern(r"\b(?P<verb>posted|posts|wrote|writes|tweeted|tweets|replied)\b")
"""The poster's own writing. One who shared a clip ("shared the teaser: “...” The video, from
@x,") passes on another's post; one who replied answers a post, so only "The reply, from @x"
is theirs ("replied: “...” The post, from @x," is the post answered)."""
_CLOSE = 4
"""How far past the quotation's end a trailing attribution may start (a mark and a comma)."""


def _names_speaker(sender: str, speaker: str) -> bool:
    """Whether a word of the speaker found is a whole word of the sender ("from director Ada
    Vale"): "The top reply" is not named by "from someone replying to @x"."""
    return any(
        cached_pattern(rf"(?<![\w@/]){re.escape(w)}(?!\w)").search(sender) for w in speaker.split()
    )


def handle_beside(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact | None:
    """``fact`` credited to the one handle standing beside its unnamed speaker, if any: the handle
    that labels the unnamed words closing a trailing attribution ("wrote a fan @x on X"), or the
    one handle in the attribution straight after the speaker and "account" or "handle" or set
    off after it by commas ("Another user, @x, wrote"), or the
    one handle its sentence's subject is "posting as", when no quotation closes between the two
    (a reply after the post is someone else's)."""
    sent = _TEXT_FROM.fullmatch(fact.attribution) if "from" in fact.attribution else None
    if sent is not None and not _names_speaker(sent["sender"], fact.speaker):
        own = _OWN_SENDER.fullmatch(sent["sender"])
        return _credited(fact, own["handle"]) if own else fact.unattributed()
    text = doc.text
    start = doc.sentence_at(quote.start).start
    if (
        fact.source is SourceKind.ORGANISATION
        and _WORKS_ACCOUNT.match(text, start, quote.start)
        and not _HANDLE.search(text, start, quote.start)
    ):
        return fact.unattributed()  # the work's own account: no company named speaks here
    if fact.source is not SourceKind.UNNAMED:
        return None
    told = text.find(fact.attribution, start, quote.start) if fact.attribution else -1
    account = _ACCOUNT_AFTER.match(text, told + len(fact.attribution)) if told >= 0 else None
    if account is not None and fact.attribution.endswith(fact.speaker):
        return _credited(fact, account["handle"])  # "from a fan account, @x, which claimed"
    later = _POST_FROM_AFTER.match(text, quote.end + 1)
    posted = _POSTED.search(fact.attribution) if later is not None else None
    if (
        later is not None
        and posted is not None
        and (posted["verb"] != "replied") == (later["noun"] != "reply")
    ):
        return _credited(fact, later["handle"])  # "One fan posted: “...” The post, from @x, ..."
    posting = _POSTING_AS.match(text, start, quote.start)
    if (
        posting is not None
        and len(_HANDLE.findall(text, start, quote.start)) == 1
        and "”" not in text[start : quote.start]
    ):
        return _credited(fact, posting["handle"])
    fronted = _FRONTED.match(text, start, quote.start)
    if (
        fronted is not None
        and text.startswith(fact.speaker, fronted.end())
        and _ASIDE_END.match(text, fronted.end() + len(fact.speaker), quote.start)
    ):
        return _credited(fact, fronted["handle"])
    attribution = fact.attribution
    if (
        attribution.endswith(fact.speaker)
        and "@" not in attribution
        and _TAKES_OBJECT.search(fact.speaker) is None
    ):
        at = text.find(attribution, quote.end, quote.end + _CLOSE + len(attribution))
        label = _LABEL.match(text, at + len(attribution)) if at >= 0 else None
        if label is not None:
            return _credited(fact, label["handle"] or label["owned"])
    if len(_HANDLE.findall(attribution)) != 1:
        return None
    at = attribution.find(fact.speaker)
    if at < 0:
        return None
    beside = _BESIDE.match(attribution, at + len(fact.speaker))
    if beside is None or (beside["sender"] and _POST.search(fact.speaker) is None):
        return None
    return _credited(fact, beside["handle"] or beside["aside"] or beside["sender"])


def _credited(fact: QuoteFact, handle: str) -> QuoteFact:
    """``fact`` credited to the account ``handle``, less a sentence's closing full stop."""
    return replace(fact, speaker=handle.rstrip("."), source=SourceKind.ORGANISATION)
