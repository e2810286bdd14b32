"""Work out who said a quotation from the words around it.

The attribution is read from the text next to the quote marks (never from inside a quotation,
whose interior is masked): "X said", "said X", "came the reply from X", "according to X", a
pronoun ("she added": the person most recently named), or a descriptor ("the director added":
the credited director; "the Ada Quinn actor wrote": whoever plays that part here; "the
22-year-old said": the person the paragraph is about; "a Lumen spokesperson": an unnamed
source). A single capitalised word that is no known person's surname is an organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.context import Context
from bot.extract.lexicon import SPEECH_VERBS, STOP_TOKENS
from bot.extract.names import (
    NAME,
    TOKEN,
    People,
    clean_name,
    is_full,
    last_person_before,
    subject_before,
)
from bot.extract.text import Doc, scan
from bot.facts import CastFact, CrewFact, CrewRole, SourceKind

_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey)"
_SOURCE_NOUN = (
    r"(?:spokesperson|spokesman|spokeswoman|spokespeople|representative|rep|source|insider)"
)
_PERSON_NOUN = (
    r"(?:author|novelist|writer|screenwriter|creator|co-creator|director|filmmaker|producer|"
    r"showrunner|composer|cinematographer|editor|actor|actress|star|co-star|newcomer|"
    r"\d+-year-old|executive|boss|chief|presenter|host|singer|veteran|"
    rf"{_SOURCE_NOUN})"
)
_DESCRIPTOR = rf"(?:[Tt]he|[Aa]n?|[Oo]ne)[ ](?:[\w’'-]+[ ]){{0,4}}?{_PERSON_NOUN}\b"
_SPEAKER = rf"(?P<who>{_PRONOUN}\b|{_DESCRIPTOR}|{NAME})"
_ADVERB = r"(?:[ ][a-z]+ly)?"

_POST_VERB_FIRST = re.compile(rf"^[,.!?]?[ ]*(?P<verb>{SPEECH_VERBS}){_ADVERB}[ ]{_SPEAKER}")
_POST_SPEAKER_FIRST = re.compile(
    rf"^[,.!?]?[ ]*{_SPEAKER}(?:[ ](?:later|also|simply|then|once|had))?{_ADVERB}[ ]"
    rf"(?P<verb>{SPEECH_VERBS})\b"
)
_POST_REPLY = re.compile(
    rf"^[,.!?]?[ ]*(?P<verb>came[ ]the[ ](?:reply|response|answer|retort)[ ]from)[ ]{_SPEAKER}"
)
_ACCORDING = re.compile(rf"\b(?P<verb>[Aa]ccording[ ]to)[ ]{_SPEAKER}")
_POST_ACCORDING = re.compile(rf"^[,.!?]?[ ]*(?P<verb>[Aa]ccording[ ]to)[ ]{_SPEAKER}")
_POST_PATTERNS = (_POST_REPLY, _POST_VERB_FIRST, _POST_SPEAKER_FIRST, _POST_ACCORDING)
_SPEAKER_VERB = re.compile(
    rf"{_SPEAKER}(?:[ ](?:later|also|simply|then|once|had|has|have))?{_ADVERB}[ ]"
    rf"(?P<verb>{SPEECH_VERBS})\b"
)
_NAME_RE = re.compile(NAME)
_TEXT_NOUN = re.compile(
    r"\b(?P<noun>synopsis|logline|description|statement|announcement|press[ ]release|"
    r"caption|blurb|tagline)\b",
    re.IGNORECASE,
)
_ANNOUNCER = re.compile(
    rf"(?<![^\W_][ ])(?<![-'’])(?P<org>{TOKEN})(?:[’']s)?[ ](?:\w+[ ])?(?:has[ ]|have[ ])?"
    r"(?:announced|confirmed|revealed|unveiled|said|says|released|shared|published)\b"
)


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    source: SourceKind
    attribution: str


@dataclass(frozen=True, slots=True)
class Resolver:
    """Everything speaker resolution looks at: the article, its people, cast and crew."""

    doc: Doc
    people: People
    context: Context
    cast: tuple[CastFact, ...]
    crew: tuple[CrewFact, ...]

    def after(self, post: str, offset: int) -> Speaker | None:
        """An attribution right after the closing mark (``, she said``; ``said X``)."""
        for pattern in _POST_PATTERNS:
            match = pattern.match(post)
            if match is None:
                continue
            speaker = self.who(match["who"], offset, match.group().strip(" ,.!?"))
            if speaker is not None:
                return speaker
        return None

    def before(self, pre: str, offset: int) -> Speaker | None:
        """An attribution earlier in the quote's sentence (``X said:``, ``according to X``)."""
        for pattern in (_ACCORDING, _SPEAKER_VERB):
            for match in pattern.finditer(pre):
                speaker = self.who(match["who"], offset, match.group().strip(" ,:"))
                if speaker is not None:
                    return speaker
        return self.subject(pre, offset)

    def subject(self, chunk: str, offset: int) -> Speaker | None:
        """The first person named in ``chunk`` (who a sentence without a speech verb is about)."""
        for match in _NAME_RE.finditer(chunk):
            resolved = self.people.resolve(match.group()) or self.people.expand(match.group())
            if resolved is not None and self.people.knows(resolved):
                return Speaker(resolved, SourceKind.PERSON, chunk.strip(" ,:"))
        return None

    def statement(self, pre: str, offset: int) -> Speaker | None:
        """An official text ("The official synopsis reads:"): the organisation behind it."""
        noun = _TEXT_NOUN.search(pre)
        if noun is None:
            return None
        org = self.announcer(offset)
        if org is not None:
            return Speaker(org, SourceKind.ORGANISATION, pre.strip(" :,"))
        return Speaker(f"Official {noun['noun'].lower()}", SourceKind.UNNAMED, pre.strip(" :,"))

    def announcer(self, offset: int) -> str | None:
        """The organisation most recently named as announcing something before ``offset``."""
        found: str | None = None
        text = self.doc.masked[: max(offset, 0)]
        for match in scan(_ANNOUNCER, text, self.doc.capitals_in(0, max(offset, 0))):
            org = match["org"]
            if self._is_org(org):
                found = org
        return found

    def _is_org(self, token: str) -> bool:
        return (
            token not in STOP_TOKENS
            and self.people.resolve(token) is None
            and not self.context.is_ours(token)
            and token not in {c.character.split()[0] for c in self.cast}
        )

    def who(self, raw: str, offset: int, attribution: str) -> Speaker | None:
        """Turn the words naming a speaker into a person's full name or an organisation."""
        words = raw.split()
        first = words[0].lower()
        if first in {"he", "she", "they"} and len(words) == 1:
            person = last_person_before(self.doc, self.people, offset)
            return Speaker(person, SourceKind.PERSON, attribution) if person else None
        if first in {"the", "a", "an", "one"}:
            return self._descriptor(words[1:], offset, attribution)
        name = clean_name(raw)
        if not name or self.context.is_ours(name):
            return None
        resolved = self.people.resolve(name) or self.people.expand(name)
        if resolved is not None and (self.people.knows(resolved) or is_full(resolved)):
            self.people.add(resolved)
            return Speaker(resolved, SourceKind.PERSON, attribution)
        if not is_full(name) and self._is_org(name):
            return Speaker(name, SourceKind.ORGANISATION, attribution)
        return None

    def _descriptor(self, words: list[str], offset: int, attribution: str) -> Speaker | None:
        noun = words[-1].lower()
        if re.fullmatch(_SOURCE_NOUN, noun):
            owner = [w for w in words[:-1] if w[:1].isupper()]
            label = " ".join([*owner, words[-1]])
            return Speaker(label, SourceKind.UNNAMED, attribution)
        role = _crew_role(noun)
        if role:
            for credit in self.crew:
                if credit.role in role:
                    return Speaker(credit.name, SourceKind.PERSON, attribution)
        if noun in {"actor", "actress", "star"} and len(words) > 1:
            played = " ".join(words[:-1])
            for fact in self.cast:
                if fact.character == played or fact.character.split()[0] == played:
                    return Speaker(fact.actor, SourceKind.PERSON, attribution)
        characters = {c.character for c in self.cast}
        person = subject_before(self.doc, self.people, offset, characters)
        person = person or last_person_before(self.doc, self.people, offset)
        return Speaker(person, SourceKind.PERSON, attribution) if person else None


def _crew_role(noun: str) -> tuple[CrewRole, ...]:
    if noun in {"author", "novelist", "writer", "screenwriter", "creator", "co-creator"}:
        return (CrewRole.AUTHOR, CrewRole.CREATOR, CrewRole.WRITER)
    if noun in {"director", "filmmaker"}:
        return (CrewRole.DIRECTOR,)
    if noun in {"producer", "showrunner"}:
        return (CrewRole.EXECUTIVE_PRODUCER, CrewRole.PRODUCER, CrewRole.CREATOR)
    if noun == "composer":
        return (CrewRole.COMPOSER,)
    if noun == "cinematographer":
        return (CrewRole.CINEMATOGRAPHER,)
    return ()
