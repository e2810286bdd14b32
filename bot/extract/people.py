"""The people an article names: a person's name cleaned of the words around it ("Director Jo
Grey") and told full or a surname alone; a registry of the full names found in person-only
contexts, and how shorter mentions (a surname, a first name; a character's first name) resolve
to them within the one article; who a sentence before refers back to; a name cut short."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.extract.castdescriptors import DESCRIBED_WORDS
from bot.extract.cues import scan
from bot.extract.lexicon import (
    HONORIFICS,
    NAME_PARTICLE,
    NAME_PREFIX_TITLES,
    NATIONALITIES,
    PARTICLE_PATTERN,
    STOP_TOKENS,
    STREET_ENDS,
    paper_day_ends,
)
from bot.extract.name_leads import lead_off, undated
from bot.extract.names import FULL_RE, NAME_RE
from bot.extract.text import Doc
from bot.lazy_patterns import cached_pattern, lazy_pattern

_NICKNAME = lazy_pattern(r"[ ][“\"‘][^“”\"‘’]{1,20}[”\"’](?=[ ])")

_POST_NOMINALS = frozenset({"CDG", "CSA", "BSC", "ASC", "ACE", "OBE", "MBE", "CBE", "KBE", "DBE"})
"""Letters after a name ("Mirren Tolley CDG"): a guild or an honour, not the name."""


def without_letters(name: str) -> str:
    """The name without the letters after it ("Jo Penn CDG" is Jo Penn)."""
    tokens = name.split()
    while len(tokens) > 1 and tokens[-1] in _POST_NOMINALS:
        tokens.pop()
    return " ".join(tokens)


@lru_cache(maxsize=4096)  # the rules clean the same few names about a hundred times an article
def clean_name(raw: str) -> str:
    """Drop capitalised function words and role nouns in front of a name ("Director Jo Grey")."""
    tokens = (
        _NICKNAME.sub("", raw).split() if "“" in raw or '"' in raw or "‘" in raw else raw.split()
    )
    while tokens and lead_off(tokens):
        tokens.pop(0)
    while tokens and _after_name(tokens[-1]) and not paper_day_ends(tokens[-3:]):
        tokens.pop()
    for index in range(len(tokens) - 3, -1, -1):
        if tokens[index] in NAME_PREFIX_TITLES:
            return " ".join(tokens[index + 1 :])  # "Harbour City Manager Tessaly Vanterpool"
    return " ".join(tokens)


def _after_name(token: str) -> bool:
    """A word after a name that is none of it: a function word or role noun, letters after it
    ("CDG"), a function word set in capitals for stress ("Ada Vale IS back")."""
    emphatic = len(token) > 1 and token.isupper() and token.capitalize() in STOP_TOKENS
    return token in STOP_TOKENS or token in _POST_NOMINALS or emphatic


_SURNAME_PARTICLES = frozenset(
    {"Ó", "Ní", "Nic", "Uí", "Ua", "Mac", "Van", "Von", "De", "Del", "Della", "Dos", "Das", "Ter"}
)
"""Capitalised words that open a surname: "Ó Súilleabháin" alone is a surname, not a full name."""
_PARTICLE = lazy_pattern(PARTICLE_PATTERN)


def is_full(name: str) -> bool:
    """``name`` has a first name: not a surname alone, even one of particles ("Van der Berg")."""
    tokens = name.split()
    if len(tokens) >= 3:
        return not _particled(tokens)
    return len(tokens) == 2 and tokens[0] not in _SURNAME_PARTICLES


def _particled(words: list[str]) -> bool:
    """``words`` open on a capitalised particle and another ("Van der Berg", "De la Cruz"): a
    surname set at a sentence's start, whose full name writes the particle in lower case."""
    return words[0] in _SURNAME_PARTICLES and _PARTICLE.fullmatch(words[1].lower()) is not None


def resolve_character(name: str, full_names: list[str]) -> str:
    """A first name becomes the one full character name in the article that starts with it."""
    if is_full(name) and name.split(maxsplit=1)[0] not in HONORIFICS:
        return name
    first = name.split(maxsplit=1)[0]
    matches = {f for f in full_names if f.split()[0] == first and f != name}
    if not is_full(name) and len(matches) == 1:
        return matches.pop()
    return name


def _described(raw: str, name: str) -> bool:
    """ "The Polish-British YouTuber": an article and a nationality describe someone."""
    if raw.startswith(("The ", "A ", "An ")):
        return True
    first = name.split(" ", 1)[0]
    if "-" not in first:
        return first in NATIONALITIES
    return all(part in NATIONALITIES for part in first.split("-"))


@dataclass(slots=True)
class People:
    """Every person the article names in full, and how shorter mentions map onto them."""

    text: str
    masked: str
    headline: str = ""
    _names: dict[str, int] = field(default_factory=dict)
    _singles: set[str] = field(default_factory=set)
    _blocked: set[str] = field(default_factory=lambda: set(STREET_ENDS))  # never a person
    _candidates: list[str] | None = None
    _by_last: dict[str, list[str]] = field(default_factory=dict)
    _by_role_noun: set[str] = field(default_factory=set)

    def add(self, raw: str, *, by_role_noun: bool = False) -> str | None:
        """Record a full name found in a person-only context; return it cleaned (or None).

        ``by_role_noun``: the only evidence is a role noun in front ("director Vera Slade"),
        which a character's description can have too; a casting may still claim the name.
        """
        name = clean_name(raw)
        if not is_full(name) or self._is_blocked(name) or _described(raw, name):
            return None
        if any(token in STOP_TOKENS for token in name.split()):
            return None
        if by_role_noun and name not in self._names:
            self._by_role_noun.add(name)
        elif not by_role_noun:
            self._by_role_noun.discard(name)
        if name not in self._names:
            found = self.text.find(name)
            self._names[name] = found if found >= 0 else len(self.text)
            self._by_last.setdefault(name.split()[-1], []).append(name)
        return name

    @classmethod
    def for_doc(cls, doc: Doc) -> People:
        """An empty registry whose name search skips quotations and the headline."""
        headline = ""
        if doc.title_para is not None:
            title = doc.paras[doc.title_para]
            headline = doc.masked[title.start : title.end]
            if _title_case(headline):
                headline = ""  # "New Faces Joining Juniper": every word capitalised, no witness
        return cls(doc.text, doc.body, headline)

    def add_single(self, token: str) -> None:
        """A one-word name that a person-only context proves is a person ("Grey's script")."""
        if token and not is_full(token) and not self._is_blocked(token):
            self._singles.add(token)

    def expand(self, token: str) -> str | None:
        """The full name ending in ``token`` that the article writes anywhere (outside quotes).

        The body is searched first; the headline only when the body never writes the name in
        full (a headline's run of capitals is a poorer witness of where a name starts).
        """
        token = clean_name(token)
        if not token or is_full(token) or self._is_blocked(token):
            return None
        resolved = self.resolve(token)
        if resolved is not None:
            return resolved
        found = self._ending_in(token, self._full_names())
        if not found and self.headline:
            found = self._ending_in(token, [clean_name(m) for m in FULL_RE.findall(self.headline)])
        if len(found) != 1:
            return None
        return self.add(found.pop())

    def _full_names(self) -> list[str]:
        """Every run of two or more capitalised words in the body (outside quotations), but one
        that a count opens: "One Netflix insider said" names a source at a company, and "One
        Netflix" is no one's full name for "Netflix confirms" to resolve to."""
        if self._candidates is None:
            runs = (clean_name(undated(m)) for m in FULL_RE.finditer(self.masked))
            self._candidates = [name for name in runs if not name.startswith("One ")]
        return self._candidates

    def _ending_in(self, token: str, candidates: list[str]) -> set[str]:
        return {
            name
            for name in candidates
            if is_full(name) and name.endswith(" " + token) and not self._is_blocked(name)
        }

    def block(self, tokens: set[str]) -> None:
        """Words that name productions or characters, never a person (e.g. a film's title)."""
        self._blocked |= tokens

    def _is_blocked(self, name: str) -> bool:
        return any(token in self._blocked for token in name.split())

    def resolve(self, mention: str, *, first_name: bool = False) -> str | None:
        """The full name ``mention`` refers to: itself, or the one person with that surname.

        With ``first_name`` (where only a person can be meant: a speaker, "Dana was asked"),
        a lone first name is the one known person it starts.
        """
        mention = clean_name(mention)
        if not mention:
            return None
        if mention in self._names:
            return mention
        last = mention.rsplit(" ", 1)[-1]
        matches = [n for n in self._by_last.get(last, ()) if _surname_matches(n, mention)]
        if len(matches) == 1:
            return matches[0]
        if first_name and not matches and not is_full(mention) and not mention.isupper():
            firsts = [n for n in self._names if n.split()[0] == mention]
            if not firsts:
                firsts = list({n for n in self._full_names() if n.split()[:1] == [mention] != [n]})
            if len(firsts) == 1:
                return self.add(firsts[0])
        if mention in self._singles:
            return mention
        if is_full(mention) and not self._is_blocked(mention):
            return mention
        return None

    def knows(self, name: str) -> bool:
        """``name`` was registered from a person-only context."""
        return name in self._names or name in self._singles

    def known_by_role_noun_only(self, name: str) -> bool:
        return name in self._by_role_noun

    def forget(self, name: str) -> None:
        """A name registered on weak evidence turned out to be a character's."""
        if name in self._by_role_noun and name in self._names:
            del self._names[name]
            self._by_last[name.rsplit(maxsplit=1)[-1]].remove(name)
            self._by_role_noun.discard(name)

    def ordered(self) -> tuple[str, ...]:
        return tuple(sorted(self._names, key=lambda n: self._names[n]))

    def surnames(self) -> set[str]:
        return {n.split()[-1] for n in self._names}


def _surname_matches(full: str, mention: str) -> bool:
    """``mention`` ends ``full``, its opening particle in either case ("Van der Berg" is Anna van
    der Berg's surname at a sentence's start)."""
    parts = full.split()
    words = mention.split()
    if len(words) >= len(parts):
        return False
    tail = parts[-len(words) :]
    return tail == words or (_particled(words) and [tail[0].capitalize(), *tail[1:]] == words)


_TITLE_CASE_WORDS = 4


def _title_case(headline: str) -> bool:
    """Every word of four letters or more starts with a capital: a style, not names."""
    words = [w for w in headline.split() if w[:1].isalpha() and len(w) > _SHORT_WORD]
    return len(words) >= _TITLE_CASE_WORDS and all(w[:1].isupper() for w in words)


_SHORT_WORD = 3

_MODIFIER_OF = lazy_pattern(
    r"(?:[’']s)?[ ](?:newcomer|star|co-star|actor|actress|creator|director|writer|producer|"
    rf"cast|fans?|showrunner|{'|'.join(DESCRIBED_WORDS)})\b"
)
"""A noun the name before it only describes: "The Lumen newcomer X", "Former Lumen favourite X"
(the work the person came from, not the person "the 34-year-old" refers back to)."""


_PRONOUN_OBJECT = lazy_pattern(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)[ ](?:[a-z]+[ ]){1,3}$")
"""A subject pronoun and its verb right before a name: "he tells hosts X" (X is no subject)."""


def subject_before(
    doc: Doc,
    people: People,
    offset: int,
    exclude: set[str],
    *,
    objects_stop: bool = False,
    witnessed: bool = False,
) -> str | None:
    """Who the text leading up to ``offset`` is about: the first name in the nearest sentence.

    Used for "the 22-year-old said" or "the X actor wrote", which refer back to the person the
    paragraph introduced, whether or not a person-only context named them before. A full name
    counts here even if unseen, unless it is a production or a character (``exclude``). With
    ``objects_stop``, a first name that a pronoun's verb governs ("he tells hosts X") ends the
    search with no one: the sentence is about someone else, unnamed there. With ``witnessed``,
    a name neither known nor written twice in the article is passed over: "Ask Ada Vale about
    lenses" reads as one name, written once.
    """
    sentences = [s for s in doc.sentences if s.start < offset and s.para != doc.title_para]
    for sentence in reversed(sentences[-3:]):
        end = min(sentence.end, offset)
        chunk = doc.masked[sentence.start : end]
        for match in scan(NAME_RE, chunk, doc.capitals_in(sentence.start, end)):
            name = clean_name(match.group())
            if not name or name in exclude or name.split()[0] in exclude:
                continue
            if _MODIFIER_OF.match(chunk, match.end()):
                continue  # "The Glass Orchard newcomer X": the work, before its person
            resolved = people.resolve(name)
            if resolved is None or not (people.knows(resolved) or is_full(resolved)):
                continue
            if witnessed and not people.knows(resolved) and people.text.count(resolved) < 2:
                continue
            if objects_stop and _PRONOUN_OBJECT.search(chunk, 0, match.start()):
                return None  # "he tells hosts X": X is who he tells, not who it is about
            return resolved if people.knows(resolved) else people.add(resolved)
    return None


def cut_short(single: str, text: str) -> bool:
    """ "Gwion" credited where the article also has "Gwion ap Hywel": cut short, so who it is is
    unsure. A surname alone ("Sęk-Lind is directing") opens no longer name and stays served."""
    opens = cached_pattern(rf"\b{re.escape(single)}[ ]{NAME_PARTICLE}?[A-Z][a-z]")
    return opens.search(text) is not None
