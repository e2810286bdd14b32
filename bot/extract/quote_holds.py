"""The checks each unlabelled quotation's speaker goes through once found, for
:mod:`bot.extract.quotes`: words relayed, a dialogue, words heard in footage, a part speaking, a
part's line after its actor, words calling a part by name, a part written as an actor's, an
actor shown in a part ("appears as"), an item's heading in marks, an actor "as" a part or a
"she" after a part speaking, a reply to a part's line, a splice, kin, an agent, a heading, a
told or unspoken line, an alternative, a subject's words told "according to" another, a fit with
the text, a sayer set inside, a review's words, an "I" asking, a headline's tag line, words
under a trailer's timecode, a part caught doing something before its line or saying "it" after,
a title, reading, caption or quoted part's line in marks, words of a question put to someone,
words named as a title or an example, a fan's scene told as "A saying “...” to B." or "“...” at
the end.", a date phrase guessed in marks, a standfirst's phrase credited to no one, the page's
own earlier wording quoted by a correction, a line, caption or voice of footage led in as such,
a page's run of questions it answers, a script's line or a take's; each may hold the fact or
change its speaker."""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.acted_part_lines import held_if_acted_part
from bot.extract.actor_owned_parts import held_if_owned_part_line, person_named
from bot.extract.addressed_parts import held_if_part_addressed
from bot.extract.answer_pronouns import unattributed_if_answers_other
from bot.extract.apposed_part_lines import held_if_apposed_part
from bot.extract.apposed_songs import held_if_apposed_title
from bot.extract.asked_wordings import held_if_asked_wording
from bot.extract.attributive_marks import (
    held_if_attributive,
    held_if_message_kind,
    held_if_on_goods,
)
from bot.extract.caption_tags import held_if_caption_tag
from bot.extract.comment_headers import by_header
from bot.extract.corrected_wordings import held_if_own_wording
from bot.extract.dialogue import held_if_dialogue
from bot.extract.discussed_words import held_if_discussed
from bot.extract.echoed_words import held_if_echoed
from bot.extract.embedded_sayers import embedded_sayer
from bot.extract.entry_headings import by_heading
from bot.extract.episode_credits import held_if_episode_credit
from bot.extract.example_wordings import held_if_named_example
from bot.extract.faq_questions import held_if_faq_question
from bot.extract.first_person_askers import unattributed_if_i_asked
from bot.extract.footage_given_names import held_if_given_name_in_footage
from bot.extract.footage_heard_lines import held_if_heard_in_footage
from bot.extract.footage_lead_ins import held_if_footage_lead_in
from bot.extract.footage_line_nouns import held_if_line_named
from bot.extract.footage_part_actions import held_if_part_acting
from bot.extract.footage_part_pronouns import held_if_shown_part_speaks
from bot.extract.footage_timecodes import held_if_timecoded
from bot.extract.footage_voiceovers import held_if_voiced_over
from bot.extract.given_names import held_if_first_name_given
from bot.extract.headline_slot_lines import held_if_headline_slot
from bot.extract.hearsay import held_if_relayed
from bot.extract.inner_sayers import unattributed_if_told
from bot.extract.introduced_parts import held_if_introduced_part
from bot.extract.item_heading_quotes import held_if_item_heading
from bot.extract.kin_suffixes import unsure_if_kin
from bot.extract.lede_fragments import held_if_lede_fragment
from bot.extract.own_teams import held_if_ownerless
from bot.extract.owned_line_notes import held_if_line_owned_after
from bot.extract.part_lines import held_as_before, held_if_part_speaks
from bot.extract.part_pronoun_lines import held_if_part_pronoun
from bot.extract.passive_reports import by_agent
from bot.extract.people import People
from bot.extract.person_checks import person_or_none
from bot.extract.quoted_alternatives import held_if_alternative
from bot.extract.quoted_guesses import held_if_guessed_date
from bot.extract.quoted_labels import held_if_unspoken
from bot.extract.quoted_scene_moments import (
    held_if_actor_scene_when,
    held_if_footage_moment,
    held_if_scene_moment,
    held_if_scene_when,
    held_if_scene_where,
)
from bot.extract.relayed_namers import relayed_namer
from bot.extract.replied_lines import held_as_reply
from bot.extract.review_callers import unattributed_if_review_calls
from bot.extract.role_lines import held_if_role_line
from bot.extract.said_it_lines import held_if_part_says_it
from bot.extract.script_exchanges import held_if_script_line
from bot.extract.script_page_lines import held_if_script_given
from bot.extract.shown_part_lines import held_if_shown_in_part
from bot.extract.song_lines import held_if_song_line
from bot.extract.speaker_fit import fitted
from bot.extract.speaker_other_authors import unattributed_if_other_author
from bot.extract.speakers import Resolver
from bot.extract.spliced_speakers import unsure_if_spliced
from bot.extract.text import Doc, Quote
from bot.extract.told_phrases import by_someone, held_if_told
from bot.extract.unquoted_marks import held_if_unquoted_marks
from bot.facts import QuoteFact


def checked(
    doc: Doc,
    resolver: Resolver,
    index: int,
    fact: QuoteFact,
    before: QuoteFact | None,
    *,
    parts: frozenset[str],
    reviewed: People | None,
    entries: dict[int, str],
    genders: dict[str, str],
) -> QuoteFact:
    """``fact``, for ``doc.quotes[index]``, after every check (``before``: the quote before's)."""
    quote: Quote = doc.quotes[index]
    frame = doc.sentence_at(quote.start)
    fact = held_if_relayed(doc, frame, quote, held_if_dialogue(doc, frame, quote, fact))
    fact = held_if_line_named(doc, quote, held_if_heard_in_footage(doc, quote, fact))
    fact = held_if_part_speaks(doc, parts, frame, quote, fact, reviewed=reviewed)
    fact = held_if_introduced_part(doc, resolver.people, quote, fact)
    fact = held_if_given_name_in_footage(doc, resolver, quote, fact)
    fact = held_if_owned_part_line(doc, quote, fact, resolver)
    fact = held_if_item_heading(doc, quote, held_if_shown_in_part(doc, quote, fact))
    fact = held_if_apposed_part(doc, parts, quote, fact)
    fact = held_if_part_pronoun(doc, parts, quote, fact, _part_owner(resolver))
    fact = held_as_before(held_if_role_line(doc, quote, fact), before)
    fact = held_as_reply(doc, quote, fact, before)
    fact = unsure_if_spliced(doc, resolver, quote, fact)
    fact = unsure_if_kin(doc, frame, quote, fact)
    fact = held_if_first_name_given(held_if_ownerless(by_agent(doc, resolver, quote, fact)))
    fact = by_header(doc, quote, by_heading(doc, resolver, entries, quote, fact))
    fact = held_if_told(doc, frame, quote, held_if_unspoken(doc.text, quote, fact))
    fact = held_if_alternative(doc, index, by_someone(doc, frame, quote, fact))
    fact = relayed_namer(doc, quote, fact, resolver.people.resolve) or fact
    fact = fitted(doc, resolver.orgs, quote, fact)
    fact = person_or_none(resolver, embedded_sayer(doc, resolver, quote, fact, genders))
    fact = unattributed_if_i_asked(doc, quote, unattributed_if_review_calls(doc, quote, fact))
    fact = unattributed_if_told(doc, quote, fact)
    fact = unattributed_if_other_author(doc, quote, fact, resolver.people)
    fact = held_if_timecoded(doc, quote, held_if_headline_slot(doc, quote, fact))
    fact = held_if_part_acting(doc, parts, quote, fact)
    fact = held_if_actor_scene_when(doc, _actors(resolver), quote, fact)
    fact = held_if_part_says_it(doc, parts, resolver.people, quote, fact)
    fact = held_if_script_line(doc, parts, resolver.people, quote, fact)
    for hold in _PAGE_HOLDS:
        fact = hold(doc, quote, fact)
    return held_if_part_addressed(doc, parts, quote, fact)  # last: once no one is credited


def _actors(resolver: Resolver) -> frozenset[str]:
    """The actors of the article's cast, whose words in a retold scene are their parts'."""
    return frozenset(casting.actor for casting in resolver.cast)


def _part_owner(resolver: Resolver) -> Callable[[str, str], bool]:
    """Whether a full name is a person's and the name it owns is no person's nor company's
    ("Ada Vale’s Dessa", not "Ada Vale’s Netflix")."""
    person = person_named(resolver.people, resolver.orgs)

    def owns(owner: str, name: str) -> bool:
        if resolver.people.knows(name) or resolver.orgs.find(name) is not None:
            return False
        return person(owner)

    return owns


_PAGE_HOLDS: tuple[Callable[[Doc, Quote, QuoteFact], QuoteFact], ...] = (
    held_if_unquoted_marks,
    held_if_acted_part,
    held_if_shown_part_speaks,
    held_if_named_example,
    held_if_scene_moment,
    held_if_scene_when,
    held_if_scene_where,
    held_if_guessed_date,
    held_if_footage_moment,
    held_if_voiced_over,
    held_if_attributive,
    held_if_on_goods,
    held_if_message_kind,
    held_if_apposed_title,
    held_if_song_line,
    held_if_episode_credit,
    held_if_caption_tag,
    held_if_line_owned_after,
    held_if_asked_wording,
    held_if_lede_fragment,
    held_if_own_wording,
    held_if_footage_lead_in,
    held_if_echoed,
    held_if_faq_question,
    held_if_discussed,
    held_if_script_given,
    unattributed_if_answers_other,
)
"""The last holds, in the order they run: each reads only the page and the quote, so a new
check of that shape joins this tuple rather than nesting one more call in :func:`checked`."""
