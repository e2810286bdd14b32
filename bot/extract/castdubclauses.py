"""A dub's voices told by the clause that names the dub, for :mod:`bot.extract.castdubs`.

A dub's cast is written the ways a casting is, with the dub itself set before the names:

* the dub the subject of a casting verb, or led by its participle: "The Polish dub features Kai
  Lund as Mira", "the Spanish dub has Ana Ruiz as Tom", "a Danish dub starring Kai Lund as Mira";
  so is another language's version in a sentence that tells a dub ("the Polish dub has Kai Lund
  voicing Mira, and the Danish version has Ana Ruiz as Tom");
* the dub, then a colon and its voices: "thanks to the Polish dub: Mira is voiced by Kai Lund,
  Tom by Ola Berg";
* the dub, then "with" and its voices: "the Danish dub is a strong one, with Kai Lund as Mira
  and Ana Ruiz as Tom";
* a voice listed alongside a dubbing one: "Kai Lund dubs Tom, while Ana Ruiz voices Mira"
  (invented examples).

Each names who speaks a part in another language's version, not who was cast in the work.
"""

from __future__ import annotations

from bot.extract.cues import occurrences
from bot.extract.lexicon import NATIONALITIES
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

ACCENTS = frozenset(
    {"English", "Irish", "Scottish", "Welsh", "British", "American", "Australian", "Canadian"}
)
"""Words that tell an accent of the article's own language as often as a dub ("as the Irish
voice of Tom, an Irish fisherman", "the American version" of a remade show)."""
LANGUAGES = frozenset(
    {"Mandarin", "Cantonese", "Hindi", "Tamil", "Telugu", "Urdu", "Bengali", "Arabic", "Farsi",
     "Swahili", "Tagalog", "Castilian", "Catalan", "Basque", "Flemish", "Yiddish"}
)  # fmt: skip
"""Languages no nationality's adjective names ("the Mandarin version")."""
_TONGUE = rf"(?:{'|'.join(sorted((NATIONALITIES - ACCENTS) | LANGUAGES))})"

_TRADE = (
    r"(?:(?:[a-z]+[ ]){0,2}?(?:(?:voice|dubbing)[ ])?"
    r"(?:actor|actress|artist|singer|comedian|rapper|presenter|performer)[ ])"
)
"""A voice's trade before its name, perhaps after words on the voice: "voice actor", "veteran
dubbing artist", "veteran actor", "pop singer"."""
_VOICED = (
    rf"{_TRADE}?(?:[A-Z][\w’'.-]*[ ]){{1,3}}as[ ]"
    r"(?:the[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}"
)
"""One voice of a dub's list, "Kai Lund as Mira", its name perhaps led by its trade ("voice
actor Kai Lund as Mira"): the list holds only such pairs, so a name after it ("..., while in
the original, Ada Vale voices Mira") is the work's own cast."""
_DUB_SUBJECT = lazy_pattern(
    r"\b(?:[Tt]he|[Ii]ts|[Aa]n?)[ ]"
    r"(?:(?:[A-Z][a-z]+(?:-language)?[ ])?(?:dub|dubbed[ ]version)"
    rf"|{_TONGUE}(?:-language)?[ ](?:version|edition|track))"
    r"[ ](?:also[ ]|again[ ])?"
    r"(?:features|has|stars|casts|includes|keeps|offers|gives[ ]us|featuring|starring|with)[ ]"
    rf"(?:{_VOICED}(?:,[ ]and[ ]|,[ ]|[ ]and[ ])){{0,4}}{_TRADE}?$"
)
"""The dub as the subject of a casting verb, or led by its participle, before the voice's name
(or a list holding it), perhaps after the voice's trade: "The Polish dub features ", "a German
dub featuring Kai Lund as Mira and ", "The dub stars dubbing artist "; another language's
version is a dub's only in a sentence that tells one (:func:`dub_clause_voice` asks for it)."""
_DUB_COLON = lazy_pattern(
    r"\b(?:dub|dubs|dubbing|dubbed[ ]versions?)(?:[ ](?:voice[ ])?(?:cast|voices|line-?up))?:[ ]"
    r"[^.;!?]{0,80}$"
)
"""A dub (or its cast), then a colon opening its voices, the name within the list after it: "the
Polish dub: Mira is voiced by ", "the dubbing cast: Kai Lund voices Mira and "."""
_DUBS_BESIDE = lazy_pattern(
    r"\b[A-Z][\w’'-]*[ ]dubs[ ][A-Z][^.;!?]{0,120}?,[ ](?:while|and|with)[ ][^.;!?]{0,40}$"
)
"""A dubbing voice's clause before the name, joined by "while" or "and": "Kai Lund dubs Tom,
while "."""
_DUB_WITH = lazy_pattern(
    r"\b(?:dub|dubbed[ ]version)\b[^.;!?,]{0,80}?,?[ ]with[ ]"
    r"(?:[^.;!?]{0,80}?(?:,[ ]|[ ]and[ ]))?$"
)
"""A dub, then "with" opening its voices, the name within the list after it: "the dubbed version
keeps the series' voices, with Kai Lund as Mira and ". No comma comes between the dub and the
"with" but the one before it: "Fans hated the dub, but the series is back with X as Y" and
"After the dub row, the show returns with X as Y" give the work's own cast."""
_VOICE_AFTER = lazy_pattern(r"[ ](?:voices|dubs)[ ]")
_REACH = 160


def dub_clause_voice(fact: CastFact) -> bool:
    """Whether ``fact``'s actor is named as a voice of a dub its own sentence sets before them."""
    text = fact.evidence
    if "dub" not in text:
        return False
    for at in occurrences(fact.actor, text):
        back = max(at - _REACH, 0)
        if _DUB_SUBJECT.search(text, back, at) or _DUB_COLON.search(text, back, at):
            return True
        if _DUB_WITH.search(text, back, at):
            return True
        if _DUBS_BESIDE.search(text, back, at) and _VOICE_AFTER.match(text, at + len(fact.actor)):
            return True
    return False
