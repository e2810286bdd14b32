"""Whose a text is, for :mod:`bot.extract.speakers`: a caption, post or statement named by the
site or account it was published on ("the Harbourline post says", "the Netflix statement"), and
the organisation a quote's own sentence names before it.

A statement named by a company is that company's; a post or caption named by a site is a
person's only when the site's name is a person the article knows, and nobody's otherwise: a
site we cannot place is never a person named near by, nor the poster. A social platform ("the
Instagram caption") names where, not whose: that text is still the poster's.
"""

from __future__ import annotations

import re

from bot.extract.caption_sharers import caption_sharer
from bot.extract.lexicon import OUTLET_NOUNS, SAYING
from bot.extract.lexicon import PLATFORMS as _PLATFORMS
from bot.extract.names import NAME, NAME_RE
from bot.extract.organisations import TERRITORY_CODES, Organisations, looks_like_company
from bot.extract.people import People, clean_name
from bot.extract.speaker_apposed_descriptions import apposed_descriptions_dropped
from bot.extract.subjects import ORG_NOUN, PUBLISHERS_TEXTS, clause_subjects
from bot.extract.text import Doc
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

_POSTED = frozenset({"caption", "post", "tweet", "message", "update", "story", "page", "feed"})
"""Texts anyone posts on a site: the site's name says where, not who."""


def named_site(text: re.Match[str]) -> str:
    """The capitalised words between "the" and the text's noun, less any social platform:
    "Harbourline" in "the Harbourline post"; "" for "the caption" or "the Instagram caption"."""
    words = text.string[text.start() : text.start("noun")].split()[1:]
    words = words[1:] if words[:1] == ["official"] else words  # "the official Lumen account"
    if text["owner"] or not words or not all(w[:1].isupper() for w in words):
        return ""
    return "" if any(w in _PLATFORMS for w in words) else " ".join(words)


def site_owner(
    site: str, noun: str, orgs: Organisations, people: People
) -> tuple[str, SourceKind] | None:
    """The known person a site names, or for a statement (not a post or caption) the
    organisation; else nobody ("the Harbourline post" may be a post on a site, not by it). An
    account goes by a person's full name or surname: "the official Harbour account" is the
    account's own, never the one known person whose name starts "Harbour"."""
    org = orgs.find(clean_name(site)) if noun not in _POSTED else None
    if org is not None:
        return org, SourceKind.ORGANISATION
    if (person := known(people, site, first_name=noun not in _ACCOUNTS)) is not None:
        return person, kind_of(person, orgs)
    if noun in _ACCOUNTS:
        return clean_name(site), SourceKind.ORGANISATION  # "the Lumen UK account": its own
    return None


def known(people: People, mention: str, *, first_name: bool = True) -> str | None:
    """The person ``mention`` names (a first name too, unless told not), when the article knows
    them."""
    person = people.resolve(mention, first_name=first_name)
    return person if person is not None and people.knows(person) else None


def kind_of(name: str, orgs: Organisations) -> SourceKind:
    """A known name a short form resolves to ("Lumen" for "Lumen UK") is a person unless it is
    an organisation's: an organisation is never a person."""
    return SourceKind.ORGANISATION if orgs.find(name) is not None else SourceKind.PERSON


def org_in_sentence(doc: Doc, orgs: Organisations, sentence: int, offset: int) -> str | None:
    """The last organisation the quote's own sentence names before it."""
    found = None
    for match in NAME_RE.finditer(doc.masked, doc.sentences[sentence].start, offset):
        org = orgs.find(clean_name(match.group()))
        found = org or found
    return found


_ACCOUNTS = frozenset({"account", "channel"})
_NAMED_ACCOUNT = lazy_pattern(
    rf"\b[Tt]he[ ](?P<name>{NAME})[ ](?:official[ ])?(?:account|channel|"
    rf"{'|'.join(sorted(_PLATFORMS))})\b"
)
_POSTS = frozenset({"post", "tweet"})
_OFFICIAL_ACCOUNT = lazy_pattern(rf"\b[Tt]he[ ]official[ ](?P<name>{NAME})[ ](?:account|page)\b")
_POST_REACH = 200
"""How far back the account of "the post" is looked for: the sentence before, or so."""
_HEADING_LINE = 40
"""How long a round-up's heading line naming whose posts follow can be ("Lumen UK")."""
_ORG_OWNER = lazy_pattern(rf"[Tt]he[ ](?P<kind>{ORG_NOUN})[’']s[ ]")
"""An account a company owns, told by what the company is ("the studio's account")."""
_ACCOUNT_REACH = 600
"""How far back an account's name is looked for ("the Osier Lane Instagram")."""


def poster_account(doc: Doc, text: re.Match[str], offset: int, orgs: Organisations) -> str | None:
    """The account that posted a caption ("the account posted a photo with the caption ..."):
    the account named shortly before ("the Osier Lane Instagram"), else the words themselves
    ("official account"), as an organisation's; None when the text is no account. "The
    streamer's official account" is the streamer's: the organisation named last before it; a
    bare "the official account" is the organisation named just before it, if one is."""
    if text["noun"] in _POSTS:
        # "..., per the official Lumen account. The post had ...": that account's post
        near = _OFFICIAL_ACCOUNT.findall(doc.masked, max(offset - _POST_REACH, 0), offset)
        return near[-1] if near else None
    if text["noun"] not in _ACCOUNTS:
        return None
    if (owner := _ORG_OWNER.match(text.group())) is not None:
        outlet = owner["kind"] in OUTLET_NOUNS  # "the streamer's": no production company's
        org = orgs.last_outlet_before(offset) if outlet else orgs.last_before(offset)
        if org is not None:
            return org
    named = [
        m["name"]
        for m in _NAMED_ACCOUNT.finditer(doc.masked, max(offset - _ACCOUNT_REACH, 0), offset)
        if m["name"] not in _PLATFORMS
    ]
    words = text.group().split()[1:]
    if not named and words == ["official", "account"]:
        return _owner_just_named(doc, orgs, offset) or " ".join(words)
    return named[-1] if named else " ".join(words)


def _owner_just_named(doc: Doc, orgs: Organisations, offset: int) -> str | None:
    """Whose "the official account" is, no owner said: the organisation named just before (a
    round-up's heading line, "Lumen UK", or the sentence before: "Lumen confirmed the wrap. The
    official account posted ...")."""
    para = doc.sentence_at(offset).para
    if para > 0:
        heading = doc.paras[para - 1]
        line = doc.text[heading.start : heading.end].strip()
        if len(line) <= _HEADING_LINE and line[-1:].isalnum() and (org := orgs.find(line)):
            return org
    org = orgs.last_before(offset)
    at = orgs.mention_before(org, offset) if org is not None else None
    return org if at is not None and offset - at <= _POST_REACH else None


_ON_ACCOUNT = lazy_pattern(
    r"\b(?:caption|post|tweet|message|update)(?:,?[ ](?:posted|shared|published))?[ ](?:on|from)"
    r"[ ](?:the[ ])?(?:official[ ])?"
    rf"(?P<name>{NAME}|@\w+)(?P<own>[’']s)?[ ]"
    rf"(?:official[ ])?(?P<site>account|page|channel|{'|'.join(sorted(_PLATFORMS))})\b"
)
"""The account a text ran on, named or by handle ("the caption on the official @lumen account",
"the caption, posted from Vey's account": the account's owner, never a part the owner plays)."""

_WHO_POSTED = lazy_pattern(
    rf"(?P<name>{NAME}),[ ]who[ ](?:also[ ]|later[ ]|then[ ])?(?:posted|shared|uploaded|put[ ]up)"
    r"[^.;:“”\"]{0,80}?[ ]with[ ](?:the|a)[ ]caption[ ]*:?$"
)
"""The poster a relative clause names right before the caption: "X, who posted a photo from
the set with the caption"."""


_PUBLISHED_FROM = lazy_pattern(
    r"\b(?:synopsis|logline|press[ ]release|blurb|tagline)[ ]from[ ](?:the[ ])?"
    rf"(?P<name>{NAME})(?:[ ](?:reads|read|says|said|is|was|goes))?[ ]*:?[ ]*$"
)
"""A text only a company publishes, named by its publisher: "the logline from Lumen reads"."""


def account_named(attribution: str, people: People) -> tuple[str, SourceKind] | None:
    """Whose a caption is when its attribution names the account it ran on ("the caption on
    the official Tidewater Instagram read"): a person the article knows, else that account.
    Only the text's own words count: "Lumen marked it on the Tidewater account" is Lumen's.
    A caption whose poster a relative clause names ("X, who posted a photo with the caption")
    is that known person's."""
    poster = _WHO_POSTED.search(attribution) if ", who " in attribution else None
    if poster is not None and (person := known(people, poster["name"])) is not None:
        return person, SourceKind.PERSON
    if " from " in attribution and (published := _PUBLISHED_FROM.search(attribution)):
        if (person := known(people, published["name"])) is not None:
            return person, SourceKind.PERSON
        return clean_name(published["name"]), SourceKind.ORGANISATION
    if " on " not in attribution and " from " not in attribution:
        return None
    match = _ON_ACCOUNT.search(attribution)
    if match is None or match["name"] in _PLATFORMS or match["name"].split()[0] == "The":
        return None
    site = match["site"]
    person = people.resolve(match["name"], first_name=True)
    if person is None and match["own"] and (full := people.expand(match["name"])) is not None:
        return full, SourceKind.PERSON  # "posted from Vey's account": Tomas Vey, written in full
    if person is not None and site in person:
        person = None  # "Tidewater Instagram" read as a name is the account itself
    if person is not None and people.knows(person):
        return person, SourceKind.PERSON
    if person is not None or match["own"]:
        return None  # "on Mara's Instagram": someone we cannot place
    name = f"{match['name']} {site}" if site in _PLATFORMS else match["name"]
    return name, SourceKind.ORGANISATION


_ACCOUNT_POSTED = lazy_pattern(
    rf"(?:(?P<owner>{NAME})[’']s[ ])?(?:official[ ])?(?P<name>{NAME})[ ](?:account|page|channel)"
    r"(?:,[ ]which)?[ ](?:has[ ]|had[ ]|then[ ]|also[ ]|just[ ]|later[ ])?(?:posted|shared|"
    r"uploaded|published|"
    r"put[ ]up|tweeted)\b"
)
_UNTITLED = _PLATFORMS | TERRITORY_CODES
"""Words no account is named by: a platform, or a territory ("the streamer's UK account")."""
_POSTED_VERB = lazy_pattern(r"\b(?:posted|shared|uploaded|published|put[ ]up|tweeted)\b")


def account_posted(chunk: str) -> tuple[str, bool] | None:
    """The named account that posted what a caption belongs to (its owner, when named), in
    ``chunk`` (the quote's sentence up to it, and the sentence before: "Lumen's official
    Tidewater account posted a photo. “...,” the caption read."), when no one posts anything
    after it, and whether the account bears a name of its own (a show's account, never a
    person's); a person named earlier never owns it."""
    if " account" not in chunk and " page" not in chunk and " channel" not in chunk:
        return None
    found = None
    for match in _ACCOUNT_POSTED.finditer(chunk):
        found = match
    if found is None or _POSTED_VERB.search(chunk, found.end()):
        return None
    titled = [w for w in found["name"].split() if w not in _UNTITLED]
    if not found["owner"]:
        return (clean_name(" ".join(titled)), True) if titled else None
    return clean_name(found["owner"]), bool(titled)


_OWNED_TEXT_ON = lazy_pattern(
    rf"(?<![\w’'])({NAME})[’']s[ ](?:[a-z-]+[ ]){{0,2}}?(?:caption|post|tweet|message|statement|"
    r"update)[ ](?:on|in|under|beneath|below|with|alongside|accompanying)[ ][^.;:!?“”\"]*$"
)
"""A company's own text, then where it stood, up to the noun the attribution starts with:
"Lumen’s caption on the announcement post read: “...”" is Lumen's, not a person named before;
the attribution's nearest noun ("the announcement post") only says where the caption was."""


_OWNED_TEXT = lazy_pattern(
    rf"({NAME})(?:[’']s|(?<=s)[’'])[ ](?:[a-z-]+[ ]){{0,2}}?(?:caption|post|tweet|message)[ ]"
    r"(?:read|reads|said|says|was|is)\b"
)
"""A text its owner is named with ("Lumen's caption read"): the owner's, never the account
that posted it in the sentence before."""


def _owner(name: str, people: People, orgs: Organisations) -> tuple[str, SourceKind]:
    """A company, a person the article knows, or no one (an owner named that we cannot place)."""
    if (org := orgs.find(name)) is not None:
        return org, SourceKind.ORGANISATION
    person = people.resolve(name, first_name=True)
    if person is not None and people.knows(person):
        return person, SourceKind.PERSON
    if person is None and looks_like_company(name):
        return name, SourceKind.ORGANISATION
    return "", SourceKind.UNATTRIBUTED


def text_of(
    before: str, attribution: str, people: People, orgs: Organisations
) -> tuple[str, SourceKind] | None:
    """Whose a caption or post is by its own words (:func:`account_named`), else by the named
    account that posted it in ``before`` (:func:`account_posted`): a show's account is its
    owner's, a company; "Ada Finch's official Instagram account" is hers when the article
    knows her, and no one's otherwise."""
    if (named := account_named(attribution, people)) is not None:
        return named
    if (owned := _OWNED_TEXT.match(attribution)) is not None:
        return _owner(owned[1], people, orgs)
    sharer = caption_sharer(attribution)  # "with Ada Vale sharing a photo with the caption"
    if sharer is not None and (person := people.resolve(sharer, first_name=True)):
        return (person, SourceKind.PERSON) if people.knows(person) else None
    if (owner := _OWNED_TEXT_ON.search(before)) is not None and (org := orgs.find(owner[1])):
        return org, SourceKind.ORGANISATION  # "Lumen's caption on the post read:"
    posted = account_posted(before) if "caption" in attribution else None
    if posted is None or not posted[0]:
        return None
    account, titled = posted
    if titled:
        return account, SourceKind.ORGANISATION  # "Lumen's official Tidewater account"
    if (org := orgs.find(account)) is not None:
        return org, SourceKind.ORGANISATION
    person = people.resolve(account, first_name=True)
    if person is not None and _PLATFORMS.isdisjoint(person.split()):
        return (person, SourceKind.PERSON) if people.knows(person) else None
    return (account, SourceKind.ORGANISATION) if looks_like_company(account) else None


def fits(noun: str, source: SourceKind) -> bool:
    """Whether a text of this kind can be the source's: a synopsis, logline or press release
    only a company publishes, so a person named before it is never its owner."""
    return source is not SourceKind.PERSON or noun not in PUBLISHERS_TEXTS


_PICTOGRAPH_BREAK = lazy_pattern(r"[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?[ ]+(?=[A-Z])")
"""A pictograph between two sentences of a post ("started today in Kent 🎬 Kit posted ..."):
informal writing ends a sentence with an emoji instead of a full stop."""
_LIST_MARK = lazy_pattern(r"[ ]*(?:[-*+–—]|\d{1,2}[.)])[ ]+(?=[A-Z])")
"""A list item's dash, star or number before its first word ("- Ada Vale posted ...")."""


def subjects(masked: str, start: int, end: int) -> list[tuple[int, str]]:
    """The clause subjects of ``masked[start:end]``, nearest last, from the last pictograph that
    ends a sentence on (a subject before it belongs to another sentence), past a list item's
    marker, none in a dashed aside ("shared a photo of the cast — Ada Vale and Tom Reed among
    them — with the words:" lists who is in the photo, not who posted it) unless the aside has a
    posting verb of its own ("— Jo Walsh shared the photo instead —" is the poster's clause)."""
    chunk = masked[start:end]
    mark = _LIST_MARK.match(chunk)
    cut = mark.end() if mark else 0
    if any(ch >= "\u2600" for ch in chunk):
        for brk in _PICTOGRAPH_BREAK.finditer(chunk):
            cut = brk.end()
    found = [(cut + at, raw) for at, raw in clause_subjects(chunk[cut:])]
    found = apposed_descriptions_dropped(chunk, found)  # "Ada Vale, the author, shared"
    if _DASH.search(chunk) is None:
        return found  # no aside to look inside
    return [(at, raw) for at, raw in found if not _in_dashes(chunk, at)]


_DASH = lazy_pattern(r"[ ][—–][ ]")


def _in_dashes(chunk: str, at: int) -> bool:
    """``at`` lies between a dash and a closing one, in an aside with no posting verb."""
    opened = list(_DASH.finditer(chunk, 0, at))
    closing = _DASH.search(chunk, at)
    if len(opened) % 2 == 0 or closing is None:
        return False
    return SAYING.search(chunk, opened[-1].end(), closing.start()) is None
