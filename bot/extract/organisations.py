"""Companies, outlets and channels an article names, so none is ever taken for a person.

A capitalised word or two can be a person or an organisation; the text decides. An organisation
shows itself by its name ("Fernhollow Pictures", "Ostrava Films", an acronym such as "HBO"), by
owning a production or a spokesperson ("HBO's period drama", "a Lumen spokesperson"), by what it
does (it announces, confirms, dates, releases, streams or reports), or by being where a film is
shown ("lands on Lumen"). "Dun Reach" said after "Dun Reach Pictures" is the same company.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from bot.extract.context import Context
from bot.extract.cues import near, scan
from bot.extract.lexicon import (
    BROADCASTER,
    CHANNEL_MENTION,
    MONTH_PATTERN,
    NATIONALITIES,
    OUTLET_NOUNS,
    PLATFORMS,
    STOP_TOKENS,
    WEEKDAY_PATTERN,
)
from bot.extract.names import FIRST_TOKEN, NAME, TOKEN
from bot.extract.org_close_appositions import close_body_before
from bot.extract.people import People, clean_name
from bot.extract.territory_orgs import fits_territory, territory_of
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_COMPANY_WORD = (
    r"(?:Pictures|Films|Film|Studios|Studio|Productions|Production|Media|Entertainment|"
    r"Releasing|Distribution|Television|TV|Network|Networks|Records|Press|Group|Company|"
    r"Features|Classics|Animation|Agency|Office|Channel|Broadcasting|Corporation|Studios’|"
    r"Streaming|Plus|Originals|Video|Cinemas)"
)
_COMPANY = lazy_pattern(rf"{FIRST_TOKEN}(?:[ ](?:of[ ]|&[ ])?{TOKEN}){{0,4}}?[ ]{_COMPANY_WORD}\b")
_ACRONYM = lazy_pattern(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9&]{1,6}$")  # "HBO", "RTÉ"
_ACT_VERB = (
    r"(?:[’']s)?[ ](?:has[ ]|have[ ]|had[ ])?(?:officially[ ]|finally[ ]|also[ ]|now[ ]|just[ ]"
    r"|quietly[ ]|today[ ]|yesterday[ ])?"
    r"(?:announced|confirmed|revealed|unveiled|released|published|pushed|moved|dated|"
    r"delayed|ordered|renewed|commissioned|acquired|bought|picked[ ]up|reported|greenlit|"
    r"greenlighted|shared[ ]a[ ]statement|issued|premieres|streams)\b"
)
_OWNED = (
    r"(?:[’']s[ ](?:[\w-]+[ ]){0,3}?(?:slate|originals?|series|drama|thriller|comedy|film|movie|"
    r"documentary|show|statement|streaming[ ]service)|(?:[’']s)?[ ](?:spokesperson|spokesman|"
    r"spokeswoman|representative|press[ ]office))\b"
)
_SHOWN_ON = (
    r"\b(?:(?:lands?|landed|landing|arrives?|arrived|arriving|debuts?|debuted|debuting|premieres?|"
    r"premiered|premiering|streaming|streams|available|out|launch(?:es|ed|ing)?|coming|dropped|"
    r"exclusively)[ ](?:on|to|via)|hits|via)[ ]"
)
_ITS = (
    r"[ ](?:[\w’'-]+[ ]){0,6}?(?:on|to|from)[ ]its[ ](?:own[ ]|official[ ])?(?:channel|account|"
    r"feed|page|site|website)\b"
)
"""An organisation's own outlet: "Lumen posted a clip on its channel" (people say "their")."""
_WHICH = r"(?:,[ ]which)?"
"""A company's aside: "Curzon, which acquired the rights, ..." (a person is "who")."""
_ANNOUNCER = lazy_pattern(rf"(?P<org>{NAME}){_WHICH}{_ACT_VERB}")
_ACT_HINT = lazy_pattern(
    r"\b(?:announced|confirmed|revealed|unveiled|released|published|pushed|moved|dated|delayed|"
    r"ordered|renewed|commissioned|acquired|bought|picked[ ]up|reported|greenlit|greenlighted|"
    r"shared[ ]a[ ]statement|issued|premieres|streams)\b"
)
_ORG_REACH = 110
"""How far before its verb an organisation's name starts ("X has officially announced")."""
_PLATFORM = lazy_pattern(rf"{_SHOWN_ON}(?P<org>{NAME})")
TERRITORY_CODES = frozenset({"UK", "US", "USA", "EU", "UKI", "ANZ", "LATAM", "EMEA"})
"""A territory's abbreviation alone ("the US date") names a place, never a company."""
_REGIONAL = lazy_pattern(rf"[^ ][ ](?:{'|'.join(sorted(TERRITORY_CODES))})$")
_OPENS = lazy_pattern(rf"(?:^|(?<=[.!?][ ]))(?P<org>{NAME})(?=[ ][a-z])")
"""A name opening a sentence, its verb after it: "Lumen hasn't ...", "Lumen has said"."""
_SENTENCE_END = lazy_pattern(r"[.!?][ ]")
_COMPANY_END = lazy_pattern(rf"[ ]{_COMPANY_WORD}$|^(?:Studios?|Cwmni)[ ](?=[A-Z])")
"""A company word last ("Kestrel Pictures") or first ("Studio Vantor", Welsh "Cwmni Halen")."""
_BODY_END = lazy_pattern(
    r"[ ](?:Council|Talent|Agents|Artists|Management|Union|Association|Trust|Police|Authority|"
    r"Commission|Committee|Foundation|Institute|Society|Guild|Academy|University|College|"
    r"Ministry|Department|Federation|Board|Times|Herald|Gazette|Tribune|Chronicle|Telegraph|"
    r"Examiner|Magazine|Review|Journal|Independent|Guardian|Observer|Mirror|Express|Standard|"
    r"Courier|Recorder)$"
)
"""A council, an agency, a union or a school: "Wessex Borough Council", "Fernhill Talent" (a
person's name never ends so); a newspaper: "the Dunmore Times", "the Wexford Independent"; a
magazine or journal in a dateline: "The Weekend Review Magazine, April 2025"."""
PLACE_PREPOSITIONS = "across|inside|outside|behind|around|near|through|on|over"
"""Prepositions of place, as a pattern's alternatives (shared with the pronoun's subjects):
"Across the studio, Ada Vale is laughing" puts her in a room, no apposition of "the studio"."""
_BODY_BEFORE = lazy_pattern(
    r"(?=[HhTtIi])(?<!of[ ])(?<!for[ ])(?<!at[ ])(?<!from[ ])(?<!with[ ])(?<!to[ ])(?<!by[ ])"
    r"(?<!in[ ])(?<!In[ ])(?<!At[ ])(?<!From[ ])(?<!With[ ])"
    + "".join(rf"(?<!\b{w}[ ])(?<!\b{w.capitalize()}[ ])" for w in PLACE_PREPOSITIONS.split("|"))
    + r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Tt]he)[ ]"
    rf"(?:(?:[a-z]+|{'|'.join(sorted(NATIONALITIES))})[ ]){{0,2}}?(?:agency|council|union|"
    r"publisher|label|distributor|broadcaster|streamer|studio|network|management|firm|charity|"
    r"company|production[ ]company|talent[ ]agency|newspaper|magazine|website|podcast|journal|"
    r"outlet|group|fan[ ]club|band|orchestra|choir),?[ ]$"
)
"""An organisation's noun in apposition before its name: "her agency, Fernhill Talent,", "the
fan group Wickmere Fans", "the band, Low Harbour,", "the Welsh distributor, Fjordlys Kino,"
("head of the studio, Jo Reyes," is a person). A determiner's first letter is looked ahead for
before the thirty look-behinds: most places fail on it at once."""
_TRADE_TITLE = lazy_pattern(r"(?:Distributor|Broadcaster|Streamer|Publisher|Exhibitor)[ ](?=[A-Z])")
"""A company's trade set before its name as a title ("Distributor Kestrel Islands said"): no
person is titled so, so the rest is the company."""


_TERRITORIES = frozenset({
    "Brasil", "Brazil", "France", "Deutschland", "Germany", "España", "Spain", "Italia",
    "Italy", "Japan", "India", "Canada", "Australia", "México", "Mexico", "Latinoamérica",
    "Nordic", "Nordics", "Korea", "Portugal", "Polska", "Poland", "Nederland", "Netherlands",
    "Benelux", "Ireland", "Türkiye", "Turkey", "Argentina", "Colombia", "Sverige", "Sweden",
    "Norge", "Norway", "Danmark", "Denmark", "Suomi", "Finland", "Philippines", "Indonesia",
    "Singapore", "Africa", "Asia", "Europe"
})  # fmt: skip
"""Countries and regions a company's branch is named for ("Netflix Brasil", "Prime Video España"); a
person so named is held apart only when the text shows the name acting as a company does."""


_BROADCASTER_FIRST = lazy_pattern(rf"{BROADCASTER}[ ]")
"""A streamer's or a channel's name opening a longer name ("Netflix Japan")."""
_OUTLET_END = lazy_pattern(r"[ ](?:Times|Gazette|Herald|Magazine|Journal|Tribune|Chronicle)$")
"""A publication's last word: "with Radio Times’ Hollie Dunford" names its writer, no part."""


def looks_like_company(name: str) -> bool:
    """ "See-Saw Films", "BBC Film", "HBO", "Radio Times": a name that shows a company (or an
    outlet) by its form."""
    name = name.strip()
    return (
        _COMPANY_END.search(name) is not None
        or _OUTLET_END.search(name) is not None
        or any(_ACRONYM.match(token) is not None for token in name.split())
    )


_OWNS = lazy_pattern(rf"[’']s[ ](?:official[ ]|new[ ])?(?P<work>{TOKEN})")
_COMPANY_AFTER = lazy_pattern(rf"(?:[ ]{TOKEN}){{0,3}}?[ ]{_COMPANY_WORD}\b")
_ACTS_AFTER = lazy_pattern(rf"(?:{_WHICH}{_ACT_VERB}|{_OWNED}|{_ITS})")
_STATES_AFTER = lazy_pattern(
    r"[ ](?:said|says|added|confirmed)[ ]in[ ]a[ ](?:short[ ]|brief[ ]|joint[ ])?"
    r"(?:statement|press[ ]release|note)\b"
)
"""A one-word name no one in the article bears, speaking "in a statement": a company ("Lumen
said in a statement"); a person's surname resolves to their full name before this is asked."""
_SHOWN_BEFORE = lazy_pattern(rf"{_SHOWN_ON}$")
_WORD_END = lazy_pattern(r"[\w’'-]")
_NAME_BEFORE = lazy_pattern(r"(?<![\w’'-])(?P<word>[A-Z][\w’'-]+)[ ]$")
_DAY_ON = (
    rf"(?:on[ ])?(?:{WEEKDAY_PATTERN},?[ ])?"
    rf"(?:\d{{1,2}}[ ]{MONTH_PATTERN}|{MONTH_PATTERN}[ ]\d{{1,2}})"
    r"(?:,?[ ]at[ ]\d{1,2}(?:[.:]\d{2})?[ap]m)?,?[ ]"
)
_STREAMS_ON = lazy_pattern(
    r"\b(?:(?P<shown>premieres?|premiered|premiering|streaming|streams|streamed|available|"
    r"exclusively|lands?|landed|landing|debuts?|debuted|debuting|launch(?:es|ed|ing)?)|"
    r"begins|starts|airs|airing|(?:will|to)[ ]air)"
    rf"[ ](?:{_DAY_ON})?on[ ]$"
)
"""Where a film is shown, for a name of two or more words, a day it starts on maybe between
("premieres on Friday, 9 May, on", "premieres May 9 at 9pm on"). A person is never "streaming
on"; "begins on" or "airs on" may be a trailer's first shot or a day ("airs on Ada Vale's
birthday"), so those (no ``shown`` group) need a name whose surname the text never uses alone."""
_POSSESSIVE = lazy_pattern(r"[’']s\b")
_RUNS_ON = lazy_pattern(r"[\w-]")


_BARE_FIRMS = frozenset({"company"})
"""A bare "the company": with no company named before it, the channel named last is the firm."""


@dataclass(slots=True)
class Organisations:
    """Which names in an article are organisations, asked about one name at a time.

    Asking is cheap: each check is a search for that name in one of the slots only an
    organisation fills. Only "the studio" (:meth:`last_before`) needs every organisation.
    """

    doc: Doc
    people: People
    ours: Context
    _known: dict[str, str | None] = field(default_factory=dict)
    _mentions: list[tuple[int, str]] | None = None
    _channels: tuple[list[int], list[re.Match[str]]] | None = None
    _shown: frozenset[str] | None = None
    _alone: dict[str, bool] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc, people: People, context: Context) -> Organisations:
        return cls(doc, people, context)

    def find(self, name: str) -> str | None:
        """The organisation ``name`` is (itself, or a company whose name it begins), if any."""
        if name not in self._known:
            self._known[name] = self._check(name)
        return self._known[name]

    def _check(self, name: str) -> str | None:
        if not name or self.ours.is_ours(name) or all(t in STOP_TOKENS for t in name.split()):
            return None
        if name in TERRITORY_CODES:
            return None  # "US date is still TBC": a territory, no company
        if titled := _TRADE_TITLE.match(name):
            return name[titled.end() :]
        if _ACRONYM.match(name) or _COMPANY_END.search(name) or name.endswith("+"):
            return name  # "HBO", "Kestrel Pictures", "Lumen+"
        if _REGIONAL.search(name) or _BODY_END.search(name):
            return name  # "Netflix UK": a company's branch, never a person
        if name.rsplit(" ", 1)[-1] in _TERRITORIES and _BROADCASTER_FIRST.match(name):
            return name  # "Netflix Japan": a streamer's branch, whatever it does
        if self._arm(name):
            return name  # "Lumen Music" after "Lumen confirmed": the company's arm
        text = self.doc.masked
        single = len(name.split()) == 1 and not self.people.knows(self.people.resolve(name) or "")
        # "Netflix Brasil confirmed": a company's branch in a country acts as the company does.
        branch = " " in name and name.rsplit(" ", 1)[-1] in _TERRITORIES
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not _WORD_END.match(text, at - 1)) and not (
                single and self._named_before(text, at)
            ):
                if _BODY_BEFORE.search(text, max(at - 40, 0), at) or close_body_before(
                    text, at, end
                ):
                    return name  # "her agency, Quillmere Talent,", "the firm Ardent Metrics"
                company = _COMPANY_AFTER.match(text, end)
                if company is not None:
                    return clean_name(text[at : company.end()])
                if (single or branch) and (
                    (_ACTS_AFTER.match(text, end) and not self._surname_of_someone(name, text))
                    or (_STATES_AFTER.match(text, end) and not self._surname(name))
                    or _SHOWN_BEFORE.search(text, max(at - 40, 0), at)
                    or self._owns_ours(text, end)
                ):
                    return name
                if not single and self._shown_on(name, text, at, end):
                    return name  # "premieres on Lumen Video": only a service shows a film
            at = text.find(name, end)
        return None

    def _shown_on(self, name: str, text: str, at: int, end: int) -> bool:
        """``name`` at ``at`` is where a work is shown: "premieres on Lumen Video", or "airs on
        Lumen Video" when no one is called by its last word alone ("Vale said")."""
        shown = _STREAMS_ON.search(text, max(at - 60, 0), at)
        if shown is None or _POSSESSIVE.match(text, end):
            return False
        return shown["shown"] is not None or not self._last_word_alone(name, text)

    def _last_word_alone(self, name: str, text: str) -> bool:
        """Someone is called by ``name``'s last word alone in ``text`` ("Vale said"); worked out
        once per name, not per place it occurs."""
        if name not in self._alone:
            before, last = (re.escape(word) for word in name.rsplit(" ", 2)[-2:])
            alone = rf"(?<![\w’'-])(?<!{before}[ ]){last}\b(?![ ][A-Z])"
            self._alone[name] = re.search(alone, text) is not None
        return self._alone[name]

    def _arm(self, name: str) -> bool:
        """Two words, the first a company the text names alone: "Lumen Music", "Lumen Tudum"."""
        words = name.split()
        return len(words) == 2 and words[1] not in STOP_TOKENS and self.find(words[0]) == words[0]

    @staticmethod
    def _named_before(text: str, at: int) -> bool:
        """A capitalised word, no function word, right before ``at``: the word there ends a
        longer name ("Ada Lisk’s harbour mystery" is the film-maker's, not a company "Lisk")."""
        before = _NAME_BEFORE.search(text, max(at - 40, 0), at)
        return before is not None and before["word"] not in STOP_TOKENS

    def _surname(self, name: str) -> bool:
        """``name`` ends someone's full name somewhere in the text ("Mara Quint" for "Quint")."""
        return re.search(rf"[A-Z][\w’'-]+[ ]{re.escape(name)}\b", self.doc.masked) is not None

    @staticmethod
    def _surname_of_someone(name: str, text: str) -> bool:
        """ "Quint’s next film", "Quint revealed that ..." where the text names "Mara Quint": a
        surname used alone after someone's full name is that person (the film-maker, the
        guest), never a company acting (a company's name is no one's surname)."""
        return any(
            m["word"] not in STOP_TOKENS
            for m in re.finditer(
                rf"(?<![\w’'-])(?P<word>[A-Z][\w’'-]+)[ ]{re.escape(name)}\b", text
            )
        )

    def _owns_ours(self, text: str, end: int) -> bool:
        """ "Lumen's Linnet Wharf", "Lumen's official Linnet Wharf account": a one-word name
        that owns our work (no site: "Ada's Instagram") and is no one's name is its company."""
        owned = _OWNS.match(text, end)
        return (work := owned["work"] if owned else "") not in PLATFORMS and self.ours.is_ours(work)

    def last_before(self, offset: int) -> str | None:
        """The organisation mentioned last before ``offset`` (who "the studio" is)."""
        mentions = self._sorted()
        index = bisect_left(mentions, (offset, ""))
        return mentions[index - 1][1] if index else None

    def last_outlet_before(self, offset: int) -> str | None:
        """Who "the streamer" is at ``offset``: the last outlet named, never "Kestrel Pictures"."""
        mentions = self._sorted()
        before = reversed(mentions[: bisect_left(mentions, (offset, ""))])
        found = next((m for m in before if _COMPANY_END.search(m[1]) is None), None)
        channel = self._channel_before(offset)
        if channel and (found is None or channel.start() > found[0]):  # no verb list's
            return channel.group() if self._may_show(channel.group()) else None
        return found[1] if found else None

    def _channel_before(self, offset: int) -> re.Match[str] | None:
        """The last channel named whole in the text before ``offset``, from one search of the
        article (searched again only up to ``offset`` when a name runs on past it)."""
        if self._channels is None:
            found = list(CHANNEL_MENTION.finditer(self.doc.masked))
            self._channels = ([m.end() for m in found], found)
        ends, found = self._channels
        index = bisect_right(ends, offset)
        if (index < len(found) and found[index].start() < offset) or _RUNS_ON.match(
            self.doc.masked, offset
        ):
            return next(reversed(list(CHANNEL_MENTION.finditer(self.doc.masked, 0, offset))), None)
        return found[index - 1] if index else None

    def _may_show(self, name: str) -> bool:
        """Whether ``name`` may be the work's platform: the article shows it on no other."""
        if self._shown is None:
            self._shown = frozenset(
                clean_name(m["org"]) for m in _PLATFORM.finditer(self.doc.masked)
            ) - {""}  # "lands on Friday": a day, no platform, cleans to nothing
        return not self._shown or name in self._shown

    def described(self, words: list[str], offset: int) -> str | None:
        """Who "the studio" or "the US distributor" (``words``) is: the company named last
        before ``offset`` (or the one the article names), when a territory qualifying the
        descriptor is named with it (see :mod:`bot.extract.territory_orgs`)."""
        outlet = words[-1].lower() in OUTLET_NOUNS  # "the streamer": no production company's
        last = self.last_outlet_before(offset) if outlet else self.last_before(offset)
        org = last or self.opening_before(offset) or self.sole()
        if org is None and len(words) == 2 and words[1].lower() in _BARE_FIRMS:
            channel = self._channel_before(offset)  # "Lumen's chart ... the company said"
            org = channel.group() if channel else None
        where = territory_of(words)
        if where is not None and not fits_territory(self.doc, self, where, org, offset):
            return None
        return org

    def opening_before(self, offset: int) -> str | None:
        """The organisation opening the sentence before ``offset``'s ("Lumen hasn't named a date.
        The streamer has said ..."), unless the work streams elsewhere ("HBO hasn't bid")."""
        para = self.doc.paras[self.doc.sentence_at(offset).para]
        chunk = self.doc.masked[para.start : offset]
        found = None
        for match in _OPENS.finditer(chunk):
            near = len(_SENTENCE_END.findall(chunk, match.end())) <= 1
            found = (self.find(clean_name(match["org"])) if near else None) or found
        if found is None:
            return None
        return found if self._may_show(found) else None

    def mention_before(self, name: str, offset: int) -> int | None:
        """Where ``name`` is last mentioned before ``offset`` (None if it is not)."""
        mentions = self._sorted()
        for at, found in reversed(mentions[: bisect_left(mentions, (offset, ""))]):
            if found == name:
                return at
        return None

    def sole(self) -> str | None:
        """The one organisation the article names (who "the streamer" is when it is named only
        after its words); None when it names none or several."""
        names = {name for _, name in self._sorted()}
        return names.pop() if len(names) == 1 else None

    def _sorted(self) -> list[tuple[int, str]]:
        """The article's organisation mentions in text order, found once."""
        if self._mentions is None:
            self._mentions = sorted(self._all())
        return self._mentions

    def _all(self) -> list[tuple[int, str]]:
        text = self.doc.masked
        found: list[tuple[int, str]] = []
        for match in _COMPANY.finditer(text):
            found.append((match.start(), clean_name(match.group())))
        anchors = [m.start() for m in _ACT_HINT.finditer(text)]
        starts = near(list(self.doc.capitals), anchors, _ORG_REACH)
        announced = scan(_ANNOUNCER, text, starts) if anchors else iter(())
        for match in (*announced, *_PLATFORM.finditer(text)):
            org = self.find(clean_name(match["org"]))
            if org is not None:
                found.append((match.start("org"), org))
        return found
