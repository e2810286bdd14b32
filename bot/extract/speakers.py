"""Work out who said a quotation from the words around it, or admit that we do not know.

The attribution is read from the text next to the quote marks (never from inside a quotation, which
is masked): "X said", "said X", "X, head of film at Y, said:", "came the reply from X", "according
to X", "X called the film “...”", a pronoun ("she added": the subject of the clause before), a
descriptor ("the director added": the credited director; "the Glass Orchard actor": the person the
article ties to those words; "the 24-year-old": the person introduced at that age, else the one the
text is about), an unnamed source ("a Netflix spokesperson", "one person close to the film", "one
wrote"), an organisation or account ("Netflix said", "u/name"), or a text ("the caption read": its
poster). Without an answer we are sure of, the quote is unattributed: a person is never guessed."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from bot.extract import quote_checks as checks
from bot.extract import speaker_reach as reach
from bot.extract import text_owners as owners
from bot.extract.attribution import (
    BARE_NAME,
    CAPTION_BEFORE,
    INTRODUCES,
    pre_matches,
)
from bot.extract.attribution_posts import post_matches
from bot.extract.context import Context
from bot.extract.descriptions import (
    RELATIVE_AGE,
    descriptor,
    of_a_place,
    outlet_named,
    sibling,
)
from bot.extract.fronted_askers import fronted_reply
from bot.extract.given_names import given_speaker
from bot.extract.headline_people import headline_person
from bot.extract.hosts import guest, hosting, hosts, unnamed_host
from bot.extract.lexicon import PLATFORMS
from bot.extract.organisations import Organisations
from bot.extract.own_staff import own_staff
from bot.extract.own_teams import OWN_TEAM_RE, POSTED_TEXTS, own_team, own_text
from bot.extract.people import People, clean_name, is_full
from bot.extract.speaker_antecedents import (
    ANTECEDENT_SENTENCES,
    MAX_DEPTH,
    SOMEONE,
    Speaker,
    antecedent,
)
from bot.extract.speaker_apposed_names import apposed_person, described_org
from bot.extract.speaker_close_sources import close_source
from bot.extract.speaker_headline_works import written_as_work
from bot.extract.speaker_labels import known_label, person_label
from bot.extract.speaker_object_asides import object_aside
from bot.extract.speaker_other_trades import other_trade
from bot.extract.speaker_owners_after import unless_next, unless_owner
from bot.extract.speaker_pronoun_spans import SAYER_PRONOUNS, pronoun_subject
from bot.extract.speaker_self_parts import no_sayers
from bot.extract.speaker_with_clauses import with_sayer
from bot.extract.subjects import (
    ACCOUNT,
    ORG_DESCRIPTOR,
    PUBLISHERS_TEXTS,
    SOURCE_NOUN,
    TEXT_DESCRIPTOR,
    TEXT_NOUN,
    UNNAMED,
    unnamed_label,
)
from bot.extract.text import Doc
from bot.extract.text_owners import named_site, org_in_sentence, poster_account, site_owner
from bot.extract.titled_names import in_full, untitled
from bot.extract.unnamed_apposed import article_apposed
from bot.extract.work_subjects import not_a_sayer, told_as_work
from bot.facts import CastFact, CrewFact, SourceKind
from bot.lazy_patterns import lazy_pattern

__all__ = ["Resolver", "Speaker"]  # Speaker lives with the antecedent search

_SOURCE_RE = lazy_pattern(rf"{SOURCE_NOUN}$")
TEXT_RE = lazy_pattern(TEXT_DESCRIPTOR)
"""A text as a speaker ("the streamer's logline"), shared with :mod:`bot.extract.reporters`."""
_UNNAMED_RE = lazy_pattern(UNNAMED)
_TEXT_NOUN_RE = lazy_pattern(TEXT_NOUN)
_DESCRIBED = lazy_pattern(r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ ](?:\d|[a-z])")
_SUBJECT_FORM = {"her": "she", "him": "he", "them": "they"}
_ORG_DESCRIPTOR_RE = lazy_pattern(ORG_DESCRIPTOR)
_RECALL_PARAS = 4
_ANYONE = frozenset({SourceKind.PERSON, SourceKind.UNNAMED, SourceKind.ORGANISATION})
_COMPANION = lazy_pattern(r"\b(?:with|alongside|beside|featuring|showed|shows|showing)[ ]$")
"""A name that follows is the company someone keeps in a post (or shown in it): not its poster."""
_HANDLE_ASIDE = lazy_pattern(
    rf"[ ]*(?:who[ ](?:runs|posts[ ]as|goes[ ]by)[ ](?:the[ ](?:[a-z]+[ ])?account[ ])?)?"
    rf"(?P<handle>{ACCOUNT})[ ]*"
)
"""An account's handle set beside an unnamed someone: "One, @name, posted", "One fan, who runs
the account @name, wrote" (the account's)."""


@dataclass(slots=True)
class Resolver:
    """Everything speaker resolution looks at: the article, its people, cast, crew and orgs."""

    doc: Doc
    people: People
    context: Context
    cast: tuple[CastFact, ...]
    crew: tuple[CrewFact, ...]
    orgs: Organisations
    _starts: list[int] = field(default_factory=list)
    _characters: set[str] = field(default_factory=set)
    _recalled: dict[str, tuple[int, Speaker]] = field(default_factory=dict)
    """The person each pronoun ("she says") last stood for, and in which paragraph."""
    _said: dict[int, Speaker] = field(default_factory=dict)
    """Sentences whose quote a pronoun attributed, and to whom."""

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.doc.sentences]
        self._characters = no_sayers(self.cast, self.doc)

    def after(self, post: str, offset: int) -> Speaker | None:
        """An attribution right after the closing mark (``, she said``; ``said X``)."""
        for found in post_matches(post):
            match = unless_owner(post, unless_next(post, found))
            speaker = self._matched(match, offset, match.group().strip(" ,.!?")) if match else None
            if speaker is not None:
                return speaker
        return None

    def _matched(self, match: re.Match[str], offset: int, attribution: str) -> Speaker | None:
        """The speaker a pattern found; a name in the aside wins ("The director, Jo Reyes,")."""
        aside, lead = match.groupdict().get("aside"), match.groupdict().get("name") or ""
        if (beside := object_aside(match)) is not None:  # "from Sky's Lane, Bo Kerr, posted"
            aside_name, lead_is_person = beside
            if lead_is_person:
                self._named(lead, "")  # "by X, and Y, who ...": X is still a person named
            return self._named(aside_name, attribution)
        if aside and not is_full(lead) and (handle := _HANDLE_ASIDE.fullmatch(aside)):
            return Speaker(handle["handle"], SourceKind.ORGANISATION, attribution)  # "One, @x,"
        if aside and not is_full(lead) and (given := given_speaker(self, aside, attribution)):
            return given  # "One, who gave her name as Ada Vale, 17, said"
        if aside and not is_full(lead) and (bare := BARE_NAME.match(aside)):  # not "X, CEO of Y,"
            named = self._named(bare["bare"], attribution)
            if named is not None or not is_full(bare["bare"]):  # "One, 16, Tilly, said": no one
                return named or Speaker("", SourceKind.UNATTRIBUTED, attribution)
        groups = guest(match.groupdict(), hosts(self.doc.masked, self.people))  # not the host's
        raw = groups.get("name") or groups.get("who") or _SUBJECT_FORM.get(groups.get("obj") or "")
        if not raw:
            return None
        speaker = self.who(raw, offset, attribution)
        if speaker is None and match["verb"].lower() == "according to":
            # A lone capitalised word cited as a source is an organisation ("according to X").
            name = clean_name(match["who"])
            if name and not is_full(name) and self.people.resolve(name, first_name=True) is None:
                return Speaker(name, SourceKind.ORGANISATION, attribution)
        return reach.employed(self, match, offset, speaker)  # "Ada Vale of Dun Reach said"

    def before(self, pre: str, offset: int, start: int | None = None) -> Speaker | None:
        """An attribution earlier in the quote's sentence (``X said:``, ``according to X``).

        A sentence that only introduces the quote ("Whitlow marked the day with a post,
        writing:") gives it to its subject. ``start`` is where ``pre`` begins in the article
        (by default it ends just before ``offset``): a pronoun there ("Early on, she says,
        X gave her a note.") refers to someone named before it, not to X."""
        base = start if start is not None else offset - len(pre) - 1
        if CAPTION_BEFORE.search(pre) or reach.shown_post(self.doc, pre, base):
            return self._text_source("caption", offset, pre.strip(" ,:"), 0)
        if (sayer := with_sayer(pre)) and (found := self._named(sayer, pre.strip(" ,:"))):
            return found  # "..., the channel said, with showrunner X promising “...”"
        for match in sorted(pre_matches(pre), key=lambda m: -m.end()):
            # The attribution nearest the quote introduces it ("Variety reported that ...
            # what one executive called “...”" is the executive's; "Whitlow replied ...;
            # Lockwood wrote: “...”" is Lockwood's).
            if _COMPANION.search(pre, 0, match.start()):
                if match["name"]:
                    self._named(match["name"], "")  # registers the companion as a person
                continue  # "X posted a clip with Y, who plays Z, captioned": X's, never Y's
            said = match.group().strip(" ,:")
            at = base + match.start()  # "Sources close to the actor say": the sources'
            speaker = close_source(pre, match, said) or self._matched(match, at, said)
            if speaker is not None:
                speaker = fronted_reply(self, pre, match.span(), base, speaker)  # "When X asked"
                return checks.unless_later(self, pre, match.end(), base, speaker)
        if INTRODUCES.search(pre):
            return self.subject(pre, base)
        return None

    def known(self, label: str) -> Speaker | None:
        """A label that names a person the article already knows (registering no one)."""
        return known_label(self.people, label)

    def label(self, label: str) -> Speaker | None:
        """An interview answer's label ("Ada Quinn:", "Quinn:", "AQ:"): a person we know."""
        return person_label(self.people, label)

    def who(self, raw: str, offset: int, attribution: str, depth: int = 0) -> Speaker | None:
        """Turn the words naming a speaker into a person, an organisation or an unnamed source."""
        words = pronoun_subject(raw.split())  # "in a note on Sunday she": she
        first = words[0].lower()
        if raw.startswith(("u/", "@")) or "@" in raw:
            handle = next((w for w in words if w.startswith(("u/", "@"))), None)
            if handle is not None:
                return Speaker(handle, SourceKind.ORGANISATION, attribution)
        if first in SAYER_PRONOUNS and len(words) == 1:
            found = self.antecedent(offset, depth, first)
            if found is None and depth == 0 and first != "they":
                # a profile's subject ("X on scoring Y"), else the "she" of the last "she says"
                found = checks.unless_another(self, offset, first)
            return Speaker(found.name, found.source, attribution) if found else None
        if first in reach.UNNAMED_FIRST or (first == "the" and _UNNAMED_RE.match(raw)):
            no_one = reach.counted(raw) or reach.lone_some(raw)  # not "Two Pellingham", "Some"
            label = "" if no_one else unnamed_label(words)
            unnamed = Speaker(label, SourceKind.UNNAMED, attribution)
            return apposed_person(self, unnamed, offset + len(raw)) if label else None
        text = _TEXT_NOUN_RE.fullmatch(raw)
        if text is not None:
            return self._text_source(text["noun"], offset, attribution, depth)
        if first in {"the", "its", "his", "her", "their", "our"} and len(words) > 1:
            return self._described(words, offset, attribution, depth)
        owned = TEXT_RE.fullmatch(raw)
        if owned is not None and owned["owner"]:
            org = self.orgs.find(clean_name(owned["owner"]))  # "Netflix's official synopsis"
            if org is not None:
                return Speaker(org, SourceKind.ORGANISATION, attribution)
            # "Ada's story says"; an official account is a full name's, never a first name's
            by_first = not checks.official(owned)  # ("Low Tide's official account": the work's)
            person = self.people.resolve(owned["owner"], first_name=by_first)
            if person is not None and self.people.knows(person):
                return Speaker(person, owners.kind_of(person, self.orgs), attribution)
            if checks.published(owned, person, PUBLISHERS_TEXTS):  # "Apex Films's synopsis"
                return Speaker(clean_name(owned["owner"]), SourceKind.ORGANISATION, attribution)
            return self._named(poster, attribution) if (poster := checks.poster(owned)) else None
        return self._named(raw, attribution)

    def named(self, raw: str) -> Speaker | None:
        """A name as it stands, with no attribution (:meth:`_named`)."""
        return self._named(raw, "")

    def _named(self, raw: str, attribution: str) -> Speaker | None:
        name = clean_name(raw)
        if not name or checks.no_speaker(raw, name, self.context) or name in self._characters:
            return None  # a production or a part ("Mr Pardoe himself") says nothing
        org = self.orgs.find(name)
        if org is not None:
            return Speaker(org, SourceKind.ORGANISATION, attribution)
        if name.split()[0] in PLATFORMS:
            return None  # "her Instagram Stories captioned “...”": a site's feature, no one
        found = self.people.resolve(name, first_name=True) or self.people.expand(name)
        resolved = checks.one_of_family(name, untitled(found, self.doc), self.doc, self.profiled)
        if resolved in self._characters or told_as_work(self.doc, resolved, owner_too=False):
            return None  # a part, or a work's title ("Does Lumen Rising feel lighter?")
        org = self.orgs.find(resolved) if resolved else None
        if org is not None:
            return Speaker(org, SourceKind.ORGANISATION, attribution)  # "Lumen" for "Lumen UK"
        if resolved and (self.people.knows(resolved) or in_full(resolved, found, self.doc)):
            self.people.add(resolved)
            return Speaker(resolved, SourceKind.PERSON, attribution)
        return None

    def _described(
        self, words: list[str], offset: int, attribution: str, depth: int
    ) -> Speaker | None:
        text = TEXT_RE.fullmatch(" ".join(words))
        if text is not None and (site := named_site(text)):  # "the Harbourline post says"
            found = site_owner(site, text["noun"], self.orgs, self.people)
            return Speaker(*found, attribution) if found else None
        if text is not None:  # "her own statement": hers, never the organisation named last
            return own_text(self, words, offset, attribution, depth) or self._text_source(
                text["noun"], offset, attribution, depth
            )
        noun = words[-1].lower()
        if _ORG_DESCRIPTOR_RE.fullmatch(" ".join(words)):
            org = described_org(self, words, offset)  # "the streamer": the one named last
            org = None if other_trade(words, org) else org  # "the dubbing studio": another
            label = org or (None if noun == "account" else " ".join(words[1:]))  # whose? no one
            return Speaker(label, SourceKind.ORGANISATION, attribution) if label else None
        if OWN_TEAM_RE.fullmatch(" ".join(words)):
            return own_team(self, words, offset, attribution, depth)
        if _SOURCE_RE.match(noun) or own_staff(words):
            owner = [w for w in words[1:-1] if w[:1].isupper()]
            return Speaker(" ".join([*owner, words[-1]]), SourceKind.UNNAMED, attribution)
        if words[-1][:1].isupper() and not of_a_place(
            words[1], by_ending=not (len(words) == 2 and outlet_named(self.doc.text, words[1]))
        ):  # "the Parisian" describes someone; "The Meridian" is a paper
            if len(words) > 2 and words[-2].lower() in RELATIVE_AGE:
                # "the younger Halvorsen": a surname with a word that tells the family apart.
                person = sibling(self.doc, words[-2].lower(), words[-1])
                return Speaker(person, SourceKind.PERSON, attribution) if person else None
            return self._named(" ".join(words[1:]), attribution)  # "the BBC"

        def nearest() -> str | None:
            found = self.antecedent(offset, depth)
            return found.name if found is not None and found.source is SourceKind.PERSON else None

        described = (self.doc, self.people, (self.cast, self.crew), words[1:], offset)
        person = descriptor(*described, nearest=nearest, back=depth > 0)
        if person is None and (host := unnamed_host(noun, self.doc.masked, self.people)):
            return Speaker(*host, attribution)  # "the host joked", no host named: not a title
        return Speaker(person, SourceKind.PERSON, attribution) if person else None

    def _text_source(self, noun: str, offset: int, attribution: str, depth: int) -> Speaker | None:
        """Who a caption, post or statement belongs to: the account it names ("the caption on
        the official Lark Instagram"), else whoever the text before it is about ("Lark shared a
        photo. “...,” the caption read."); a statement's is the organisation behind it."""
        index = self._sentence_index(offset)
        before = self.doc.masked[self._starts[max(index - 1, 0)] if self._starts else 0 : offset]
        if found := owners.text_of(before, attribution, self.people, self.orgs):
            return Speaker(*found, attribution)
        org = org_in_sentence(self.doc, self.orgs, index, offset) or self.orgs.last_before(offset)
        if org is not None and noun not in POSTED_TEXTS:
            return Speaker(org, SourceKind.ORGANISATION, attribution)
        if depth >= MAX_DEPTH:
            return None
        for back in range(index, max(index - ANTECEDENT_SENTENCES, 0) - 1, -1):
            sentence = self.doc.sentences[back]
            if reach.headed_between(self.doc, sentence.para, self.doc.sentences[index].para):
                return None  # a round-up's next entry: the poster above is another's
            end = min(sentence.end, offset)
            for at, raw in reversed(owners.subjects(self.doc.masked, sentence.start, end)):
                text = TEXT_RE.match(raw)
                if text is not None and not text["owner"]:
                    if account := poster_account(self.doc, text, sentence.start + at, self.orgs):
                        return Speaker(account, SourceKind.ORGANISATION, attribution)
                    continue  # "the caption" itself
                speaker = self.who(raw, sentence.start + at, attribution, depth + 1)
                if speaker is not None:  # a logline is no person's named before it
                    return speaker if owners.fits(noun, speaker.source) else None
                if self.unknown_name(raw) or _DESCRIBED.match(raw):
                    return None  # posted by someone we cannot name ("Joe", "the 24-year-old")
        return None

    def antecedent(self, offset: int, depth: int = 0, pronoun: str = "") -> Speaker | None:
        """Who the text before ``offset`` is about (a person, "another fan"): its last subject."""
        return antecedent(self, offset, depth, pronoun)

    def _subject(
        self, raw: str, offset: int, depth: int, kinds: frozenset[SourceKind]
    ) -> Speaker | None:
        speaker = None if not_a_sayer(self.doc, raw, offset) else self.who(raw, offset, "", depth)
        if speaker is None and (full := article_apposed(self.doc.masked, raw, offset + len(raw))):
            speaker = self.named(full)  # "A new face, Ada Vale, plays ...": she is Ada Vale
        if speaker is None or hosting(self, speaker.name, offset + len(raw)):
            return speaker and Speaker("", SourceKind.UNATTRIBUTED, "")  # a host asks: no one
        if (named := apposed_person(self, speaker, offset + len(raw))) is not speaker:
            return named  # "One fan, Ada, 17, came": named, if only by a first name
        return speaker if speaker.name.startswith(("@", "u/")) or speaker.source in kinds else None

    def unknown_name(self, raw: str) -> bool:
        name = clean_name(raw)
        if name in self._characters or any(c.split()[0] == name for c in self._characters):
            return False  # a part ("Juniper is sitting on the floor"): no one who speaks
        return bool(name) and name[:1].isupper() and self.orgs.find(name) is None

    def profiled(self) -> Speaker | None:
        """The one known person the headline names (a profile or an interview's subject)."""
        name = self.headlined()
        name = name if name is None or self.orgs.find(name) is None else None  # "Vantory's show"
        name = name or checks.profile_subject(self.doc, self.people, self.context, self._characters)
        return Speaker(name, SourceKind.PERSON, "") if name else None

    def headlined(self) -> str | None:
        """The one known person the headline names, parts skipped (for every question of whose
        the headline is, so that no pronoun is handed to a name the resolver takes as a part)."""
        name = headline_person(self.doc, self.people, self.context, self._characters)
        return None if name is None or written_as_work(self.doc, name) else name

    def remember(self, pronoun: str, speaker: Speaker, offset: int) -> None:
        """A quote given to ``speaker`` by "``pronoun`` says"."""
        index = self._sentence_index(offset)
        self._recalled[pronoun] = (self.doc.sentences[index].para, speaker)
        self._said[index] = speaker

    def recall(self, pronoun: str, offset: int) -> Speaker | None:
        """Who ``pronoun`` last stood for in an attribution, if that was nearby."""
        found = self._recalled.get(pronoun)
        para = self.doc.sentences[self._sentence_index(offset)].para
        return found[1] if found is not None and 0 <= para - found[0] <= _RECALL_PARAS else None

    def _sentence_index(self, offset: int) -> int:
        """The index of the sentence holding ``offset``."""
        return max(bisect_right(self._starts, offset) - 1, 0)

    def subject(self, chunk: str, offset: int, *, people_only: bool = False) -> Speaker | None:
        """Who a sentence without a speech verb is about (its last clause subject): "Whitlow
        marked the day with a post, writing:", "Disney+ just posted a countdown on X:".

        ``people_only``: for a quote the sentence does not introduce (no colon), only a person
        or an unnamed someone can be its speaker, never an organisation named before it."""
        kinds = SOMEONE if people_only else _ANYONE
        for at, raw in reversed(reach.item_subjects(chunk)):
            found = self._subject(raw, offset + at, 1, kinds)
            if found is not None:
                return Speaker(found.name, found.source, "")
        return None
