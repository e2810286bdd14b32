"""Rule-based fact extraction: one article's text in, its cast, crew, release and quotes out.

Pure functions over :class:`~bot.facts.Article`; no models, no I/O. Names are resolved within the
article only (a surname to the full name it used); reconciling spellings across articles is the
storage layer's job.
"""

from __future__ import annotations

from bot.extract.cast import find_cast
from bot.extract.castarticled import articled_actors_dropped
from bot.extract.castchannelbrackets import channel_bracketed_dropped
from bot.extract.castchannelglosses import channel_glossed_dropped
from bot.extract.castchecks import checked_cast
from bot.extract.castclausedworks import claused_works_held
from bot.extract.castdashedpairs import dashed_places_dropped
from bot.extract.castdubs import dub_voices_dropped
from bot.extract.castelsewhere import drop_elsewhere
from bot.extract.castequatedactors import equated_actors_dropped
from bot.extract.castkindworks import kind_told_works_dropped
from bot.extract.castlabels import labelled_parts
from bot.extract.castmodifiedworks import work_titled_actors_dropped
from bot.extract.castparts import parts_given
from bot.extract.castpronounleft import pronoun_left_former
from bot.extract.castrecastleavers import recast_leavers_former
from bot.extract.castreplacedpronouns import replaced_leavers_former
from bot.extract.castrivalparts import drop_rival_parts
from bot.extract.castseasonworks import season_works_dropped
from bot.extract.casttakenover import taken_over_former
from bot.extract.casttakeovers import took_over
from bot.extract.castthenleft import then_left_former
from bot.extract.castunheld import unheld_parts
from bot.extract.castwhoappeared import appeared_in_other_dropped
from bot.extract.castwithdrawals import superseded, withdrawals
from bot.extract.castworkactors import works_as_actors_dropped
from bot.extract.castworkevents import other_events_dropped
from bot.extract.castworkparts import work_parts_dropped
from bot.extract.context import find_context
from bot.extract.correction_recalls import recalled, recalled_crew, withdrawn_claims
from bot.extract.crew import find_crew
from bot.extract.crewappositions import apposed_credits
from bot.extract.crewchecks import checked_crew
from bot.extract.crewcreditedparts import credited_parts_dropped, parts_for_crew
from bot.extract.crewforms import directors_writers_kept
from bot.extract.crewprofileposts import profile_posts
from bot.extract.crewsourcecreators import source_creators_dropped
from bot.extract.crewwhoworks import other_work_jobs_dropped
from bot.extract.crowd_participles import crowd_calls_unsaid
from bot.extract.crowd_sayers import crowds_unsaid
from bot.extract.doc_build import build_doc
from bot.extract.epithets import find_epithets
from bot.extract.headline_guesses import guesses_castings
from bot.extract.inner_quotes import with_inner_quotes
from bot.extract.lead_capitals import lead_capitals_retyped
from bot.extract.lead_in_sayers import lead_in_checked
from bot.extract.listed_ones import listed_ones_unsaid
from bot.extract.organisations import Organisations
from bot.extract.own_leads import own_leads_kept
from bot.extract.page_guide_days import with_guide_day
from bot.extract.page_other_quotes import held_in_other_entries
from bot.extract.people import People
from bot.extract.quote_repeats import said_once
from bot.extract.quotes import find_quotes
from bot.extract.release import find_release
from bot.extract.release_animated_works import animated_productions_dropped
from bot.extract.release_companion_specials import companion_specials
from bot.extract.release_confirmed import said_by_makers
from bot.extract.release_guide_picks import with_guide_pick
from bot.extract.release_later_seasons import later_seasons_dropped
from bot.extract.release_named_subjects import others_named_held
from bot.extract.release_prior_years import prior_years
from bot.extract.release_review_wheres import with_review_where
from bot.extract.release_updates import updates_given
from bot.extract.reported_lines import with_reported_lines
from bot.extract.run_accounts import run_accounts
from bot.extract.speaker_listeners import listeners_unsaid
from bot.extract.speaker_other_pronoun_leads import other_pronoun_leads_unsaid
from bot.extract.speaker_part_descriptors import part_descriptors_unsaid
from bot.extract.speaker_pronoun_others import pronoun_others_unsaid
from bot.extract.speaker_pronoun_threads import neutral_sources_unsaid
from bot.extract.speaker_release_titles import title_speakers_unsaid
from bot.extract.speaker_work_words import block_work_words
from bot.extract.speakers import Resolver
from bot.extract.spotted_people import spot_people
from bot.extract.told_reports import told_reports
from bot.extract.work_speakers import work_speakers_held
from bot.facts import (
    SHOOT_KINDS,
    Article,
    ArticleFacts,
    CastFact,
    QuoteFact,
    ReleaseFact,
    ReleaseKind,
    held,
)
from bot.lazy_patterns import lazy_pattern

__all__ = ["extract_facts"]


def extract_facts(article: Article) -> ArticleFacts:
    """Extract every fact the article states about its own production."""
    doc = build_doc(article)
    context = find_context(doc)
    people = People.for_doc(doc)
    people.block(set(context.ours))
    spot_people(doc, people)
    cast = find_cast(doc, context, people)
    crew = find_crew(doc, context, people, parts_for_crew(cast))
    # "The Leeds-born editor cut X": the profile's subject, told by their post
    crew = checked_crew(
        doc,
        profile_posts(doc, people, context, apposed_credits(doc, people, context, crew)),
        people,
        context,
    )
    # "X, who is directing the next Y film"; "the story X began as a webcomic": no creator;
    # "T was directed by X, who co-wrote it": T's writers, not ours
    crew = directors_writers_kept(
        source_creators_dropped(other_work_jobs_dropped(crew, context), doc.text)
    )
    withdrawn = withdrawn_claims(doc)
    crew = recalled_crew(withdrawn, crew)  # a credit a correction withdrew, wherever it stands
    cast = _merge(cast, find_epithets(doc, people, cast, context))
    # "A and B – Leeds and Truro –": an aside telling where they are from, no parts
    cast = drop_rival_parts(
        dashed_places_dropped(drop_elsewhere(cast, context, doc), context, doc.text), context, doc
    )
    cast = other_events_dropped(cast, context, doc.text)  # "the Lumen panel, where X (Y)"
    cast = kind_told_works_dropped(
        cast, context, doc.text
    )  # "Sky caper Lumen has ..., with X as Y"
    # "Lumen, a BBC drama in which X plays Y"; "Tin Lane (BBC Two); Copper Bay (Sky)"
    cast = channel_bracketed_dropped(channel_glossed_dropped(cast, context), doc)
    # "X, who appeared in Lumen as Y"; "X returns as Y in series two of Lumen"
    cast = season_works_dropped(appeared_in_other_dropped(cast, context), context)
    cast = dub_voices_dropped(doc, cast)  # a dub's voices, the dub named just before
    cast = claused_works_held(cast, context)  # "Streamly's Tin Lane, with X as Y, held third"
    cast = works_as_actors_dropped(
        cast, context.is_known
    )  # "X will lead Tin Lane, ..., as Y": no actor
    cast = credited_parts_dropped(cast)  # "directed by Ada Vell, with ... played by X"
    cast = articled_actors_dropped(cast)  # "the Vossbury Lyric play X"; "Young Ida Merrow"
    cast = work_parts_dropped(doc.text, cast)  # "Ada Vale's Brindlemoor": no part
    cast = work_titled_actors_dropped(doc.text, cast)  # "the former Tin Lane star": a work
    cast = lead_capitals_retyped(cast)  # "RUBY Okafor": a tabloid's opening capitals, not the name
    # "listed X as Y. Z replaced him"; "X has quit ... Y will take over as Z": X is former
    cast = taken_over_former(
        doc,
        replaced_leavers_former(
            doc, recast_leavers_former(superseded(withdrawals(doc, people, cast)))
        ),
    )
    cast = labelled_parts(doc, people, parts_given(doc, people, cast))
    cast = checked_cast(doc, context, took_over(doc, people, cast))
    cast = recalled(withdrawn, cast)  # a casting a correction withdrew, wherever it stands
    cast = unheld_parts(cast)  # a stage run; a part given up before filming
    # "X was announced as Y, and then she dropped out" (or ". She left the film"); "not saying
    # Vell is Ada Penn as Mira"
    cast = equated_actors_dropped(then_left_former(pronoun_left_former(doc, people, cast)))
    release = with_guide_pick(doc, find_release(doc, context))  # a guide's pick: its where line
    release = with_guide_day(doc, release)  # a day-by-day guide's pick: its day heading
    release = with_review_where(doc, release)  # a review's where line under its headline
    release = prior_years(doc, release)  # "... to May of last year. We wrapped on May 30."
    release = later_seasons_dropped(doc, release)  # "A second series of X is to film in May"
    release = animated_productions_dropped(doc, context, updates_given(doc, release))
    # "X: Y, a special ... ahead of the film Z"; "Tin Yard began streaming last Friday"
    release = others_named_held(companion_specials(doc, release), context, people)
    orgs = Organisations.of(doc, people, context)
    block_work_words(doc, people)  # after cast, crew, orgs; before speakers: "X cast say"
    resolver = Resolver(doc, people, context, tuple(cast), tuple(crew), orgs)
    quotes = said_once(
        with_reported_lines(
            doc, resolver, with_inner_quotes(doc, resolver, find_quotes(doc, resolver))
        )
    )
    quotes = held_in_other_entries(doc, context, quotes)  # a guide's or chart's other work
    quotes = lead_in_checked(doc, quotes)  # "And from @x: “...”": not the fan credited before
    # "Is Lumen Rising as personal? ... he says": never the title's
    quotes = work_speakers_held(  # "The film X has been called “...”": no one the text names
        doc, title_speakers_unsaid(release, _sayers_told_apart(resolver, orgs, quotes))
    )
    if context.speculative:
        everything = guesses_castings(doc)
        guessed, release = _held_as_guesses(cast, release, everything)
        cast = guessed if everything else cast
    return ArticleFacts(
        cast=tuple(cast),
        crew=tuple(crew),
        release=tuple(release),
        quotes=tuple(quotes),
        people=people.ordered(),
    )


def _held_as_guesses(
    cast: list[CastFact], release: list[ReleaseFact], everything: bool
) -> tuple[list[CastFact], list[ReleaseFact]]:
    """Hold what the headline guesses: with "release date speculation" only the release's time,
    not the shoot's days it reports ("Filming wrapped on Friday 3 October"), nor a window the
    sentence itself hedges ("our best guess is early 2026"): served hedged, it claims no more. A
    hedged day ("we think it lands on 14 February") is still held: a day claims too much."""
    doubt = "the headline says the article guesses"
    kept = {ReleaseKind.NOT_ANNOUNCED}
    if not everything:
        kept |= SHOOT_KINDS
    held_cast = [held(c, doubt) for c in cast]
    held_release = [
        r if r.kind in kept or _hedged_window(r) or _confirmed(r) else held(r, doubt)
        for r in release
    ]
    return held_cast, held_release


def _hedged_window(fact: ReleaseFact) -> bool:
    return fact.hedged and fact.window is not None and fact.date is None


_CONFIRMED = lazy_pattern(
    r"(?:\b(?:has|have)[ ](?:officially[ ]|already[ ])?(?:confirmed|announced)|(?:streamer|"
    r"studio|network|broadcaster|distributor)[ ](?:has|have)[ ]said)[ ](?:only[ ])?(?:that[ ])?"
    r"(?:it|the[ ](?:film|movie|series|show|season|finale))[ ]will[ ](?:arrive|land|premiere|"
    r"be[ ]released|be[ ]out|debut|launch|hit[ ]\w+)[ ](?:on|in)\b"
)
"""A time the makers confirmed, told as theirs in an article of guesses ("the streamer has
confirmed it will arrive in 2026", "the studio has said only that it will land in May"): news,
not a guess."""


_OFFICIAL_TITLE = lazy_pattern(r"\bis[ ]officially[ ](?:titled|called|named)[ ]")


def _confirmed(fact: ReleaseFact) -> bool:
    if said_by_makers(fact):
        return True  # "Netflix has said the film is coming in early 2026"
    if fact.kind is ReleaseKind.TITLE and _OFFICIAL_TITLE.search(fact.evidence) is not None:
        return True  # "The film is officially titled X": the name as given, not a guess
    return (
        fact.kind in {ReleaseKind.WINDOW, ReleaseKind.PREMIERE_DATE}
        and not fact.hedged
        and _CONFIRMED.search(fact.evidence) is not None
    )


def _merge(first: list[CastFact], second: list[CastFact]) -> list[CastFact]:
    """Add epithet castings ("the X actor") the other forms did not already find, unless the
    sentence casts that actor outright ("Dublin actor X will play Y": the word is no part)."""
    known = {(fact.actor, fact.character) for fact in first}
    stated = {(fact.actor, fact.evidence) for fact in first}
    return first + [
        fact
        for fact in second
        if (fact.actor, fact.character) not in known and (fact.actor, fact.evidence) not in stated
    ]


def _sayers_told_apart(
    resolver: Resolver, orgs: Organisations, quotes: list[QuoteFact]
) -> list[QuoteFact]:
    """The last checks of who said each quote, once every speaker is found."""
    quotes = told_reports(resolver.doc, quotes)  # “She said, ‘...’”: never whom "she" is
    quotes = pronoun_others_unsaid(resolver.doc, quotes)  # "Her debut cast X. “...,” she says"
    quotes = other_pronoun_leads_unsaid(resolver.doc, quotes)  # "She adds: ... He is wary. “...”"
    quotes = crowds_unsaid(quotes)  # "Several hundred fans had seen it. “I cried.”": no one
    quotes = listeners_unsaid(resolver.doc, quotes)  # "X told a fan it should be “...”"
    quotes = crowd_calls_unsaid(resolver.doc, quotes)  # "X was mobbed by fans shouting “...”"
    quotes = part_descriptors_unsaid(resolver.doc, resolver.cast, quotes)  # "Wren, the nurse"
    quotes = listed_ones_unsaid(resolver.doc, quotes)  # "posting clips, one captioned ‘...’"
    quotes = neutral_sources_unsaid(quotes)  # "A spokesperson said ... “No,” she says"
    quotes = run_accounts(orgs, quotes)  # "The Lark account, run by Lumen, posted": Lumen's
    return own_leads_kept(resolver, quotes)  # "and I told him, “...”": never the one before
