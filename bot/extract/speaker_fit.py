"""A last check over every quote: does the credited speaker look like who the sentence says spoke?

Whatever rule found the speaker, the fact is held for review when its parts disagree:

- the attribution's subject is an account or a page ("the official Lumen account got involved,
  posting ... with the message") and the credit goes to a person the attribution never names:
  the account posted, not whoever was named before it (its company is credited when the
  account's words name exactly one, else the quote is held);
- the credit is an account's bare description ("the official account") while the attribution
  names the company ("What Lumen posted: the official account shared ..."), or a handle
  ("@LumenTV", "@LumenUK") that spells a company the article names ("Lumen TV"), perhaps
  with its territory after it: the company is credited;
- the account is a place's or a thing's, told by a common noun ("The pool's official account
  wrote") that names no company or work, and the credit goes to a company it never names: the
  company named before runs no such account, so the words are credited to no one;
- a quote credited to no one is a line spoken in footage the paragraph describes (see
  :mod:`bot.extract.footage_lines`), held;
- a quote credited to no one is a single word in marks ("the card says “feature-length”, so"),
  or words marked after "if" ("even if “everyone knows by now”"): the writer's marks on a
  phrase, no one's words;
- words in marks that no one is quoted as saying (dismissed as no source, a rumour's content, a
  label, a claim called false; see :mod:`bot.extract.dismissed_quotes`) are held;
- words credited to no one that "someone wrote" or "someone near the stage shouted" are
  credited to that unnamed someone;
- the words are what others call someone ("a character insiders describe as ‘...’", "what
  critics have called ‘...’") and the credit goes to a person the clause does not make the
  describer: the describers, unnamed, are credited.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.extract.apposed_works import apposed_works
from bot.extract.body_speakers import whole_body
from bot.extract.critic_verdicts import critic_verdict
from bot.extract.dismissed_quotes import dismissed
from bot.extract.first_person_orgs import bare_word_name, first_named, one_voice
from bot.extract.footage_lines import footage_line
from bot.extract.gendered_speakers import ungendered
from bot.extract.handle_subjects import attribution_account, territory_subject
from bot.extract.held_continuations import ACCOUNT_DOUBT
from bot.extract.lexicon import PRODUCTION_NOUNS
from bot.extract.loose_credits import (
    CAPITALISED,
    documents_company,
    doubted,
    named_writer,
    names_part,
    who_said,
)
from bot.extract.named_describers import named_describer
from bot.extract.named_handles import handle_beside
from bot.extract.organisations import TERRITORY_CODES, Organisations
from bot.extract.owned_mottos import motto_owner
from bot.extract.personal_handles import handle_owner
from bot.extract.pictured_posters import pictured_poster
from bot.extract.quote_checks import faceless
from bot.extract.referred_handles import referred_handle
from bot.extract.speaker_teller_asides import passed_on
from bot.extract.subjects import ORG_NOUN
from bot.extract.text import Doc, Quote
from bot.extract.unnamed_appositions import apposed_unnamed
from bot.extract.unplaced_speakers import DESCRIBER_HINT, UNNAMED_DESCRIBERS
from bot.facts import QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

_PLATFORM = r"(?:Instagram|TikTok|Twitter|YouTube|Facebook)"
_ACCOUNT = lazy_pattern(
    r"\b(?:[Tt]he|[Aa]n?)[ ](?:official[ ])?(?:[A-Z@][\w&’'.-]*[ ]){0,4}"
    r"(?:account|page|handle|feed)\b"
    rf"|\b(?:[A-Z][\w&.-]*[ ]){{0,2}}[A-Z][\w&.-]*[’']s[ ](?:official[ ])?{_PLATFORM}\b"
)
_THINGS_ACCOUNT = lazy_pattern(
    rf"\b[Tt]he[ ](?!(?:{ORG_NOUN}|{PRODUCTION_NOUNS}|production)[’'])[a-z]+[’']s[ ]"
    rf"(?:official[ ])?(?:account|page|feed|{_PLATFORM})\b"
)
"""An account a common noun owns ("The pool's official account"): a place's or a thing's, not a
company's or a work's ("the studio's account", "the film's official account")."""
_CONDITIONAL = lazy_pattern(r"\b(?:[Ii]f|[Uu]nless)[ ][“\"‘']?$")
_SPEAKS_FOR = lazy_pattern(
    r"(?:^|[.:;][ ]+)(?:[Ww]hat[ ])?(?P<name>[A-Z][\w&+-]*)[ ](?:said|posted|wrote|shared)[ ]*:[ ]"
    r"(?:the|its)[ ](?:official[ ])?(?:account|page)\b"
)
"""A one-word name no one bears, whose words a heading gives and then its account's: "What
Lumen said: the official account posted ..."."""
_SOMEONE = lazy_pattern(
    r"\b[Ss]ome(?:one|body)(?:[ ][a-z]+){0,4}?[ ](?:[a-z]+ly[ ])?(?:wrote|posted|commented|"
    r"said|replied|added|tweeted|shouted|yelled|called[ ]out)[ ]*[:,]?[ ]*[“\"‘']?$"
)
"""An unnamed someone introducing the words: "someone wrote “...”", "someone near the front
reportedly shouted “...”"."""
_REACH = 90
"""How far before the quote the describing clause is looked for."""


def fitted(doc: Doc, orgs: Organisations, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held, or credited to whoever the words name, when its speaker does not fit the
    words that introduce it (see above)."""
    if not fact.served:
        return fact
    if (body := whole_body(fact)) is not fact:
        return ungendered(doc, quote, body)  # "Wessex Screen said:", never a person "Wessex"
    if apposed := apposed_unnamed(doc, quote, fact, orgs.people.resolve):
        return apposed  # "said one of the organisers, student Ada Vale, 20": Ada Vale's
    if fact.source is SourceKind.UNNAMED and (bare := ungendered(doc, quote, fact)) is not fact:
        return bare  # "audiences, many of them fans" before "“...,” he says": not the crowd's
    if (writer := named_writer(doc.text, quote.start, fact)) and (
        person := orgs.people.resolve(writer)
    ):
        return replace(fact, speaker=person, attribution=writer)
    if why := dismissed(doc.text, quote.start, quote.end, fact):
        return held(fact, why)  # "“...” is not a source", "the ‘...’ photo": no one's words
    if poster := pictured_poster(doc.text, quote, fact, orgs.people.resolve):
        return poster  # "X shared a selfie with Y (Z) captioned ‘...’": the poster's words
    if doubt := _no_ones_words(doc.text, quote, fact) or doubted(doc.text, quote.start, fact):
        return held(fact, doubt)
    if motto := motto_owner(doc.text, quote, fact, orgs.people.resolve):
        return motto  # "X joked that Vale's motto was “...”": Vale's saying
    if beside := handle_beside(doc, quote, fact):
        return beside  # "the fan account @handle posted"
    if back := referred_handle(doc.text, quote, fact):
        return back  # "@handle posted ... “...,” the user wrote"
    if faceless(fact):
        if fact.source is SourceKind.UNATTRIBUTED and (
            who := who_said(doc.text, quote.start, orgs.people.resolve)
        ):
            return replace(
                fact, speaker=who.speaker, source=who.source, attribution=who.attribution
            )
        if fact.source is SourceKind.UNATTRIBUTED and (
            said := _describers(doc.text, quote, fact)
            or critic_verdict(doc.text, quote.start, fact)
            or _someone(doc.text, quote, fact)
            or _owned_caption(doc.text, orgs, quote, fact)
            or named_describer(doc.text, orgs, quote.start, fact)
        ):
            return said
        marked = _held_if_marked(doc.text, quote, fact)
        if marked.served and fact.source is SourceKind.UNATTRIBUTED and footage_line(doc, quote):
            return held(fact, "a line spoken in footage shown, no one's quote")
        return marked
    if fact.source is SourceKind.ORGANISATION:
        if (bare := ungendered(doc, quote, fact)) is not fact:
            return bare  # "“No,” she says.": no company's words
        if fact.speaker[:1].islower():
            named = _sole_org(orgs, fact.attribution) or _speaks_for(orgs, fact.attribution)
            return replace(fact, speaker=named) if named else fact
        if as_person := first_named(fact, orgs.people, doc.text):
            return as_person  # "Ada confirmed on Instagram", the article's Ada Vale: a person
        if _lone_poster(doc, quote, fact):
            return held(fact, "a one-word name seen once, posting a caption: perhaps a first name")
        if one_voice(fact):
            return held(fact, 'a one-word name speaking as "I": perhaps a first name')
        if _THINGS_ACCOUNT.search(fact.attribution) and fact.speaker not in fact.attribution:
            return fact.unattributed()  # "The pool's official account wrote:", not the studio's
        if _only_inside_longer_name(doc.text, fact.speaker):
            return held(fact, "a name seen only inside a longer one (a place in a festival's)")
        if (handle := attribution_account(fact.attribution)) and fact.speaker[:1] != "@":
            fact = replace(fact, speaker=handle)  # "The official @x account posted": @x's
        if fact.speaker.startswith("@"):
            spelt = _spelt_by(doc, orgs, fact.speaker[1:].lower())
            if spelt and not territory_subject(doc.text, quote, fact.speaker, spelt):
                return replace(fact, speaker=spelt)
            return handle_owner(orgs.people, fact) or fact
        return documents_company(doc.text, orgs.find, fact, _named_as_work(doc.text))
    if fact.source is not SourceKind.PERSON:
        return fact
    attribution = fact.attribution
    if attribution and (
        "account" in attribution or "page" in attribution or "handle" in attribution
        or "feed" in attribution or "s Instagram" in attribution or "s TikTok" in attribution
        or "s Twitter" in attribution or "s YouTube" in attribution
        or "s Facebook" in attribution
    ):  # fmt: skip
        account = _ACCOUNT.search(attribution)
        if account and not names_part(attribution, fact.speaker):
            if named := _sole_org(orgs, account.group()):
                return replace(fact, speaker=named, source=SourceKind.ORGANISATION)
            return held(fact, ACCOUNT_DOUBT)
    if told := passed_on(doc, quote, fact):
        return told  # "His mother, he says, calls him “...”": the mother's words
    return critic_verdict(doc.text, quote.start, fact) or _describers(doc.text, quote, fact) or fact


def _no_ones_words(text: str, quote: Quote, fact: QuoteFact) -> str | None:
    """Why the words are no one's quote as credited: a paraphrase ("some version of “...”"), a
    poster's tagline, marked words alone in brackets (an earlier work: "Ada Vale (“Tide”)"), a
    person credit naming an institution, or the person pictured in a post's photo."""
    before = text[max(quote.start - _NEAR, 0) : quote.start]
    if ("version of" in before or "effect of" in before) and _PARAPHRASE.search(before):
        return "the writer's paraphrase, not the words said"
    if ("tagline" in before or "slogan" in before) and _TAGLINE.search(before):
        return "a tagline, no one's quote"
    if " with " in before and _CLOSING_WORDS.search(before):
        return "the words a teaser or trailer shows, no one's quote"
    if fact.source is SourceKind.PERSON and fact.speaker.rsplit(" ", 1)[-1] in _INSTITUTIONS:
        return "an institution credited as a person"
    if fact.source is SourceKind.PERSON and fact.attribution and _in_the_picture(text, quote, fact):
        return "the person in the picture, not who posted it"
    if _bracketed_title(text, quote, before) and faceless(fact):
        return "marked words alone in brackets: a title, no one's words"
    return None


def _named_as_work(text: str) -> Callable[[str], bool]:
    """Whether a name is set in apposition to a work ("his follow-up, Lowmere, ..."): a title,
    never a company, however often the article names it. Read only when first asked."""
    works: list[set[str]] = []

    def named(name: str) -> bool:
        if not works:
            works.append(apposed_works(text))
        return name in works[0]

    return named


def _lone_poster(doc: Doc, quote: Quote, fact: QuoteFact) -> bool:
    """A caption credited to a one-word name the article gives once, in the quote's own
    sentence, with no company sign ("Lumen's account", "Lumen posted a clip on its channel"):
    "Joe confirmed it on Instagram, and the caption read" may be a person's first name (a
    handle, "@lumen", is an account's and never one)."""
    name = fact.speaker
    if "caption" not in fact.attribution or not bare_word_name(name):
        return False
    at = doc.text.find(name)
    return (
        doc.text.count(name) == 1
        and " its " not in doc.text[at : quote.start]
        and doc.sentence_at(quote.start).start <= at < quote.start
        and f"{name}’s" not in doc.text
        and f"{name}'s" not in doc.text
    )


def _only_inside_longer_name(text: str, name: str) -> bool:
    """Every mention of ``name`` runs on into a longer capitalised name ("London" only in
    "London Film Festival"): the credit is a piece of another name, not who spoke."""
    at = text.find(name)
    if at < 0:
        return False
    while at >= 0:
        end = at + len(name)
        if not (text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()):
            return False
        at = text.find(name, end)
    return True


def _owned_caption(
    text: str, orgs: Organisations, quote: Quote, fact: QuoteFact
) -> QuoteFact | None:
    """``fact`` credited to whoever owns the caption that introduces it ("Lumen's caption on the
    teaser read: “...”"): an organisation, or a person the article names in full."""
    before = text[max(quote.start - _REACH, 0) : quote.start]
    if "caption" not in before:
        return None
    owned = _OWNED_CAPTION.search(before)
    if owned is None:
        return None
    clause = owned[0].rstrip(" :“\"‘'")
    if org := orgs.find(owned["owner"]):
        return replace(fact, speaker=org, source=SourceKind.ORGANISATION, attribution=clause)
    person = orgs.people.resolve(owned["owner"])
    if person is None or " " not in person or not orgs.people.knows(person):
        return None
    return replace(fact, speaker=person, source=SourceKind.PERSON, attribution=clause)


_OWNED_CAPTION = lazy_pattern(
    r"(?P<owner>[A-Z][\w&+-]*(?:[ ][A-Z][\w&+-]*){0,3})[’']s[ ](?:own[ ])?caption"
    r"(?:[ ](?:on|for|under|with)[ ][^.:;“”\"]{1,40}?)?[ ](?:read|reads|said|says|was)"
    r"[ ]*:?[ ]*[“\"‘']?$"
)


def _bracketed_title(text: str, quote: Quote, before: str) -> bool:
    """A few marked words, no sentence, alone in brackets: "Ada Vale (“Tide”) joins ..."."""
    if text[quote.end + 1 : quote.end + 2] != ")" or not before.endswith(_BRACKETED):
        return False
    words = text[quote.start : quote.end].split()
    return len(words) <= _TITLE_WORDS and not any(w[-1] in ".!?" for w in words[:-1])


_TITLE_WORDS = 6


def _in_the_picture(text: str, quote: Quote, fact: QuoteFact) -> bool:
    """The credited name follows "a selfie with" or "a photo of": the one pictured, whose
    words the caption is not ("X posted a selfie with Y, who plays Z, captioned “...”")."""
    reach = max(quote.start - len(fact.attribution) - _NEAR, 0)
    at = text.rfind(fact.attribution, reach, quote.start)
    return at > 0 and _PICTURED.search(text, max(at - _NEAR, 0), at) is not None


_PICTURED = lazy_pattern(
    r"\b(?:photo|picture|pic|selfie|snap|shot|video|clip|image)s?[ ](?:of|with|alongside)[ ]$"
)
_BRACKETED = ("(“", '("', "(‘", "('")

_NEAR = 40
_PARAPHRASE = lazy_pattern(
    r"\b(?:(?:some|a|one)[ ](?:version|variation)|to[ ]the[ ]effect)[ ]of[ ]*[“\"‘']?$"
)
"""Words the writer gives as the gist of what is said: "some version of “...”"."""
_TAGLINE = lazy_pattern(r"\b(?:tagline|slogan)[ ]*(?:reads|reading|is|was)?[ ]*[:,]?[ ]*[“\"‘']?$")
_CLOSING_WORDS = lazy_pattern(
    r"\b(?:teaser|trailer|clip|promo|spot|video|poster|footage)\b[^.;“”\"]{0,40}?[ ]"
    r"(?:ends|ended|ending|closes|closed|closing|opens|opened|opening|begins|began|beginning|"
    r"starts|started|finishes|finished)[ ]with[ ](?:the[ ])?(?:words|line|title[ ]card|text)"
    r"[ ]*[:,]?[ ]*[“\"‘']?$"
)
"""A teaser's or trailer's own words, at its end or start: "a teaser that ends with the words
“...”" (on-screen text from the work, not someone's quote)."""
_INSTITUTIONS = frozenset(
    {"Council", "Police", "Constabulary", "Borough", "Authority", "Commission", "Ministry",
     "Department", "Committee", "Trust", "Agency", "University", "College", "School", "Board",
     "Parliament", "Government", "Museum", "Library", "Hospital"}
)  # fmt: skip
"""A name's last word that makes it an institution, never a person."""


def _someone(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact | None:
    """``fact`` credited to the unnamed someone who says it (see above)."""
    before = text[max(quote.start - _REACH, 0) : quote.start]
    if "ome" not in before:
        return None
    said = _SOMEONE.search(before)
    if said is None:
        return None
    clause = said.group().rstrip(" “\"‘'")
    return replace(fact, speaker="someone", source=SourceKind.UNNAMED, attribution=clause)


def _describers(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact | None:
    """``fact`` credited to the unnamed people a clause has describe someone with its words."""
    before = text[max(quote.start - _REACH, 0) : quote.start]
    cue = DESCRIBER_HINT.search(before) is not None
    described = UNNAMED_DESCRIBERS.search(before) if cue else None
    if described is None or names_part(described.group(), fact.speaker):
        return None
    clause = described.group().rstrip(" “\"‘'")
    return replace(fact, speaker=described["who"], source=SourceKind.UNNAMED, attribution=clause)


def _sole_org(orgs: Organisations, text: str) -> str | None:
    """The one organisation ``text`` names, if it names exactly one."""
    found: set[str] = set()
    for name in CAPITALISED.findall(text):
        org = orgs.find(name)
        if org is None and " " in name:  # "What Lumen said": a sentence's first word is no name
            org = orgs.find(name.split(" ", 1)[1])
        if org is not None:
            found.add(org)
    return found.pop() if len(found) == 1 else None


def _speaks_for(orgs: Organisations, text: str) -> str | None:
    """The company a heading names before "the official account" posts (see above)."""
    if "account" not in text and "page" not in text:
        return None
    found = _SPEAKS_FOR.search(text)
    if found is None or orgs.ours.is_ours(found["name"]):
        return None
    people = orgs.people
    return None if people.resolve(found["name"]) else found["name"]


def _spelt_by(doc: Doc, orgs: Organisations, handle: str) -> str | None:
    """The organisation the article names that the ``handle`` spells without its spaces, or
    with a territory after it (a company's account for one market: "@lumenuk", "@lumen_us")."""
    found = {
        org
        for name in CAPITALISED.findall(doc.text)
        if _spells(handle, name.replace(" ", "").lower()) and (org := orgs.find(name))
    }
    return found.pop() if len(found) == 1 else None


def _spells(handle: str, name: str) -> bool:
    if not handle.startswith(name):
        return False
    rest = handle[len(name) :].lstrip("_.")
    return not rest or rest.upper() in TERRITORY_CODES


def _held_if_marked(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact``, credited to no one, held when it is one word in marks (not a one-word reply:
    "“Never,” he said") or marked after "if"."""
    words = text[quote.start : quote.end].strip()  # "“Never,” he said": a reply, kept
    if words and " " not in words and words[-1] not in ",.!?…":
        return held(fact, "a word in quotation marks, said by no one")
    start = max(quote.start - 10, 0)
    before = text[start : quote.start]
    if ("if" in before or "nless" in before) and _CONDITIONAL.search(before):
        return held(fact, "words marked in a condition, said by no one")
    return fact
