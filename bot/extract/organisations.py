"""Companies, outlets and channels an article names, so none is ever taken for a person.

A capitalised word or two can be a person or an organisation; the text decides. An
organisation shows itself by its name ("Harrow Lane Pictures", "Kadr Films", an acronym such as
"HBO"), by owning a production or a spokesperson ("HBO's period drama", "a Lumen
spokesperson"), by what it does (it announces, confirms, dates, releases, streams or reports),
or by being where a film is shown ("lands on Lumen"). "Harrow Lane" said after "Harrow Lane
Pictures" is the same company.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from bot.extract.context import Context
from bot.extract.lexicon import STOP_TOKENS
from bot.extract.names import FIRST_TOKEN, NAME, TOKEN, People, clean_name
from bot.extract.text import Doc

_COMPANY_WORD = (
    r"(?:Pictures|Films|Film|Studios|Studio|Productions|Production|Media|Entertainment|"
    r"Releasing|Distribution|Television|TV|Network|Networks|Records|Press|Group|Company|"
    r"Features|Classics|Animation|Agency|Office|Channel|Broadcasting|Corporation|Studios’|"
    r"Streaming|Plus|Originals)"
)
_COMPANY = re.compile(rf"{FIRST_TOKEN}(?:[ ](?:of[ ]|&[ ])?{TOKEN}){{0,4}}?[ ]{_COMPANY_WORD}\b")
_ACTS = re.compile(
    rf"(?P<org>{NAME})(?:[’']s)?[ ](?:has[ ]|have[ ]|had[ ])?(?:officially[ ]|finally[ ]|also[ ]"
    r"|now[ ]|just[ ]|quietly[ ])?(?:announced|confirmed|revealed|unveiled|released|published|"
    r"pushed|moved|dated|delayed|ordered|renewed|commissioned|acquired|bought|picked[ ]up|"
    r"reported|greenlit|greenlighted|shared[ ]a[ ]statement|issued|premieres|streams)\b"
)
_OWNS = re.compile(
    rf"(?P<org>{NAME})(?:[’']s[ ](?:[\w-]+[ ]){{0,3}}?(?:slate|originals?|series|drama|thriller|"
    r"comedy|film|movie|documentary|show|statement|streaming[ ]service)|(?:[’']s)?[ ]"
    r"(?:spokesperson|spokesman|spokeswoman|representative|press[ ]office))\b"
)
_PLATFORM = re.compile(
    r"\b(?:(?:lands?|landing|arrives?|arriving|debuts?|debuting|premieres?|premiering|streaming|"
    r"streams|available|out|launch(?:es|ing)?|coming|exclusively)[ ](?:on|to|via)|hits|via)"
    rf"[ ](?P<org>{NAME})"
)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,6}$")
_KEYS = ("announc", "confirm", "reveal", "unveil", "releas", "publish", "push", "moved", "dated",
         "delay", "order", "renew", "commission", "acqui", "bought", "picked", "report", "green",
         "statement", "issued", "premieres", "streams")  # fmt: skip


@dataclass(slots=True)
class Organisations:
    """Every organisation the article names, with where it is mentioned."""

    ours: Context
    names: set[str] = field(default_factory=set)
    _mentions: list[tuple[int, str]] = field(default_factory=list)

    @classmethod
    def of(cls, doc: Doc, people: People, context: Context) -> Organisations:
        found = cls(ours=context)
        text = doc.masked
        for match in _COMPANY.finditer(text):
            found._note(match.start(), clean_name(match.group()))
        lower = text.lower()
        if any(key in lower for key in _KEYS):
            for match in _ACTS.finditer(text):
                found._maybe(match.start("org"), match["org"], people)
        for pattern in (_OWNS, _PLATFORM):
            for match in pattern.finditer(text):
                found._maybe(match.start("org"), match["org"], people)
        found._mentions.sort()
        return found

    def _maybe(self, offset: int, raw: str, people: People) -> None:
        """A name in an organisation's slot, unless it is a person or a two-word name."""
        name = clean_name(raw)
        if not name or people.knows(people.resolve(name) or ""):
            return
        if len(name.split()) == 1 or self.find(name) is not None:
            self._note(offset, self.find(name) or name)

    def _note(self, offset: int, name: str) -> None:
        if name and not self.ours.is_ours(name) and not all(t in STOP_TOKENS for t in name.split()):
            self.names.add(name)
            self._mentions.append((offset, name))

    def find(self, name: str) -> str | None:
        """The organisation ``name`` is (itself, or a company whose name it begins)."""
        if name in self.names:
            return name
        starting = {org for org in self.names if org.startswith(name + " ")}
        if len(starting) == 1:
            return starting.pop()
        if _ACRONYM.match(name):
            return name
        return None

    def last_before(self, offset: int) -> str | None:
        """The organisation mentioned last before ``offset``."""
        index = bisect_left(self._mentions, (offset, ""))
        return self._mentions[index - 1][1] if index else None
