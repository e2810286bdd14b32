"""The last check on every crew credit, whatever rule found it: its name must look like a
person's in the sentence it came from.

A name that the sentence only uses inside a company's name ("Harrow & Vale Pictures is
producing" gives "Harrow"; "Tallis Brook Films will produce" gives "Tallis Brook"; "with Films du
Caron co-producing" gives "Caron") is a company, not a producer: the credit is held, not served.
A name the sentence also uses on its own keeps its credit. A producer credit for a name that
ends in a company word, in English or another language ("Ribeira Filmes", "Sol Producciones"),
or that the sentence places with "-based" ("produced by Porto-based Luna Roja for Netflix": a
company's shape; a person there is "Porto-based producer X") is held too, and so is one joined
by "and" to a company the credit itself names ("produced by Ostrava Films and Sol Norte": like
joins like, and a person there has a company after them, "A for Ostrava Films and B"). So is a
one-word producer joined by "&" to another lone word ("produced by Kristen & Lowe with ..."): two
bare surnames and an ampersand are a firm named for its founders, as trade copy writes it; people
there get their first names ("Ann Kristen & Tom Lowe").

A producer whose own post follows the name in the same clause ("with X, the director's regular
collaborator, on board as director of photography") is no producer, whichever list joined them:
that producer credit is held too.

"The music comes from X" may name a musical, an album or a band as well as a composer: a
composer credit from it is held unless the sentence tells X is a person (", who ...", ", whose
...", "X, the Icelandic composer") or the article names X in full elsewhere (the credit's name is
fuller than the words after "from").
"""

from __future__ import annotations

from bot.extract.names import NAME
from bot.facts import CrewFact, CrewRole, held
from bot.lazy_patterns import lazy_pattern

_COMPANY_WORD = (
    r"(?:Pictures|Films?|Studios?|Productions?|Media|Entertainment|Releasing|Distribution|"
    r"Television|Network|Records|Group|Company|Features|Animation|Partners|Filmworks|Industries)"
)
_CAPITAL = r"[A-Z][\w’'-]*"
_COMPANY_TAIL = lazy_pattern(
    rf"(?:[ ]&[ ]{_CAPITAL})*(?:[ ]{_CAPITAL}){{0,2}}?[ ]{_COMPANY_WORD}\b"
)
"""What follows a name inside a company's name: " & Vale Pictures", " Brook Films"."""
_COMPANY_HEAD = lazy_pattern(
    rf"\b{_COMPANY_WORD}[ ](?:(?:i|du|de|des|di|da|do|del|della|van|von|der|och|og|på)[ ])?$"
)
"""What comes before a name inside a company's name that opens with its company word: "Film i ",
"Films du ", "Studio " (the name is the company's last word; "BBC Film and X" names X)."""
_DOUBT = "a name the sentence uses only as part of a company's name"
_FOREIGN_COMPANY_WORD = (
    r"(?:Filmes|Filmproduktion|Producciones|Produções|Produzioni|Producties|Produktion|Cine|"
    r"Cinema|Filmworks|Pictures|Films?|Studios?|Productions?|Media|Entertainment)"
)
_COMPANY_END = lazy_pattern(rf"[ ]{_FOREIGN_COMPANY_WORD}$")
"""A producer's name whose last word is a company word: "Ribeira Filmes"."""
_COMPANY_PARTNER = lazy_pattern(
    rf"\bby[ ](?:{_CAPITAL}-based[ ])?(?:{_CAPITAL}[ ]){{1,3}}{_FOREIGN_COMPANY_WORD}"
    r"[ ](?:and|&)[ ]$"
)
"""A company the credit names itself, then "and" right before the name: "by Ostrava Films and "."""
_FOUNDERS = lazy_pattern(
    rf"(?P<before>\b{_CAPITAL}[ ])?\b(?P<first>{_CAPITAL})[ ]&[ ](?P<second>{_CAPITAL})"
    r"(?P<after>[ ][A-Z])?"
)
"""Two capitalised words joined by "&", with the words either side: a firm if both are lone."""
_OWN_POST = lazy_pattern(
    r"(?:,[ ][^,.;:()]{1,60},)?[ ](?:(?:is|are|comes?|on[ ]board|attached|signed[ ]on|serving|"
    r"credited|joins?|joining)[ ])?as[ ](?:the[ ]|an?[ ]|its[ ])?(?:film’s[ ]|film's[ ])?"
    r"(?:director[ ]of[ ]photography|cinematographer|DoP|editor|composer|casting[ ]director|"
    r"production[ ]designer|costume[ ]designer)\b(?![ ](?:and|&)[ ](?:co-|executive[ ])?produc)"
)
"""A post of the name's own after it: "X, a longtime friend, on board as editor"."""
_PRODUCERS = frozenset({CrewRole.PRODUCER, CrewRole.EXECUTIVE_PRODUCER})
_POST_DOUBT = "a producer credit for a name whose own post the sentence states"


_MUSIC_FROM = lazy_pattern(
    r"\b[Mm]usic[ ](?:(?:once[ ]again|again|also|here|now|instead)[ ])?(?:comes|came)[ ]from[ ]"
    rf"(?P<name>{NAME})"
)
_PERSON_AFTER = lazy_pattern(
    r",?[ ](?:who|whose)\b|,[ ](?:the|an?|his|her|their)[ ][^,.;]{0,40}(?:composer|musician|"
    r"songwriter|singer|artist|producer|DJ)\b|[ ]\("
)
"""What tells the name after "music comes from" is a person's."""
_MUSIC_DOUBT = "music credited to a name the article never shows is a person's"


def shaped_crew(crew: list[CrewFact]) -> list[CrewFact]:
    """``crew`` with every credit whose name is only ever a company's part held."""
    return [
        held(fact, _DOUBT)
        if _company_part(fact) or _company_shaped(fact)
        else held(fact, _POST_DOUBT)
        if _own_post(fact)
        else held(fact, _MUSIC_DOUBT)
        if _music_from_no_person(fact)
        else fact
        for fact in crew
    ]


def _music_from_no_person(fact: CrewFact) -> bool:
    """Whether a composer credit rests on "The music comes from X" with nothing showing X is a
    person: "The music comes from Mamma Mia" names a musical."""
    if fact.role is not CrewRole.COMPOSER or "from " not in fact.evidence:
        return False
    for match in _MUSIC_FROM.finditer(fact.evidence):
        if match["name"] == fact.name:
            return _PERSON_AFTER.match(fact.evidence, match.end()) is None
    return False


def _company_shaped(fact: CrewFact) -> bool:
    """Whether a producer credit's name ends in a company word, follows "-based", or is joined
    to a company the credit names."""
    if fact.role not in _PRODUCERS:
        return False
    if _COMPANY_END.search(fact.name) is not None or _founders_firm(fact):
        return True
    at = fact.evidence.find(fact.name)
    return at >= 0 and (
        fact.evidence.endswith("-based ", 0, at)  # "Porto-based Luna Roja"
        or _COMPANY_PARTNER.search(fact.evidence, max(at - 80, 0), at) is not None
    )


def _founders_firm(fact: CrewFact) -> bool:
    """Whether a one-word producer is one of two lone words joined by "&" ("Kristen & Lowe")."""
    if " " in fact.name or "&" not in fact.evidence:
        return False
    return any(
        fact.name in (match["first"], match["second"])
        and match["before"] is None
        and match["after"] is None
        for match in _FOUNDERS.finditer(fact.evidence)
    )


def _own_post(fact: CrewFact) -> bool:
    """Whether a producer's name is followed by a post of its own ("X ..., on board as editor")."""
    if fact.role not in _PRODUCERS or " as " not in fact.evidence:
        return False
    at = fact.evidence.find(fact.name)
    return at >= 0 and _OWN_POST.match(fact.evidence, at + len(fact.name)) is not None


def _company_part(fact: CrewFact) -> bool:
    """Whether the evidence names ``fact.name`` only inside a company's name: by its last word
    where the sentence never shows it whole (a heading's "About Fenn & Lowe Studio" made a
    person of its first two words; the credit's "by Fenn & Lowe Studio" shows the last)."""
    evidence = fact.evidence
    name = fact.name if fact.name in evidence else fact.name.rsplit(" ", 1)[-1]
    at = evidence.find(name)
    found = at >= 0
    while at >= 0:
        end = at + len(name)
        if (
            _COMPANY_TAIL.match(evidence, end) is None
            and _COMPANY_HEAD.search(evidence, max(at - 24, 0), at) is None
        ):
            return False
        at = evidence.find(name, end)
    return found
