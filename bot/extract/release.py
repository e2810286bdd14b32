"""Release statements: no date yet, a window, a premiere date, the title, and filming milestones.

Each date or window in a sentence is classified by the verb just before it ("will premiere on",
"began on", "came to an end on", "hits theaters April 10", "is filming this summer", "expected
to arrive in early 2026"). Days named relative to the article ("yesterday", "on Friday",
"Thursday the 23rd") and offsets from an event ("two days before it lands", "three days after
the premiere") count from the article's date. Sentences about another production, fan
speculation, back-references ("had been due to arrive on ...") and trailer or event dates (a
premiere, a gala, a festival or preview screening) are skipped: only what the article states
about its own film now is recorded. "Cameras are now rolling" is filming under way, undated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import chain

from bot.extract.context import TITLE_WORDS, Context
from bot.extract.correction_notices import notice_paras, without_retracted
from bot.extract.cues import hint
from bot.extract.dates import (
    DATE_RE,
    FROM_TODAY,
    MAY_HOLD_DATE,
    MONTH_HINT,
    OFFSET_RE,
    from_today,
    may_hold_window,
    offset_days,
    parse_relative_day,
    parse_window,
)
from bot.extract.names import TOKEN
from bot.extract.people import clean_name
from bot.extract.release_ahead import not_the_release_day, premiere_nights
from bot.extract.release_answers import answered_date
from bot.extract.release_asides import before_another, without_other_works
from bot.extract.release_asked import NONE_YET, asked_shoot, asks_for_date
from bot.extract.release_beyond import said_only
from bot.extract.release_capital_titles import spelled_titles
from bot.extract.release_chart_heads import charts_lowered, lowered_names, without_lowered
from bot.extract.release_checks import deduped, settled
from bot.extract.release_chunk_dates import chunk_dates, chunk_windows
from bot.extract.release_comment_sources import relayed_in_comment
from bot.extract.release_conflicts import derived, plain_first
from bot.extract.release_contracted_titles import contracted_titles
from bot.extract.release_corrected import corrected
from bot.extract.release_credited import dates_a_credit
from bot.extract.release_dated_for import dated_for
from bot.extract.release_dates import classified
from bot.extract.release_day_spans import day_span
from bot.extract.release_doubted_days import doubted
from bot.extract.release_event_openers import at_a_convention
from bot.extract.release_first_days import shoot_began_then
from bot.extract.release_glossed_days import checked_day, day_it_came, glosses_a_day
from bot.extract.release_guessed_windows import guessed_window
from bot.extract.release_headed_days import headed_day
from bot.extract.release_hopes import carries_on, hoped_window
from bot.extract.release_in_use import in_use
from bot.extract.release_inline_answers import answered_none
from bot.extract.release_leads import leads_the_article
from bot.extract.release_month_pairs import shoot_spans
from bot.extract.release_named_works import names_other_work, without_own_part
from bot.extract.release_news_days import SAID_ON
from bot.extract.release_news_objects import news_put_out
from bot.extract.release_next_guesses import guessed_next
from bot.extract.release_numeric import spelled_dates
from bot.extract.release_offsets import (
    RELEASE_AFTER,
    counted_day,
    dated_before,
    dated_here,
    glosses_a_date,
    later_gap,
    offset_anchor,
)
from bot.extract.release_ongoing import opens_a_clause
from bot.extract.release_others import foreign_starts
from bot.extract.release_out_today import out_today
from bot.extract.release_participles import FRONTED, fronted_release
from bot.extract.release_parts import (
    another_work_returns,
    clause_before,
    is_hedged,
    not_the_film,
    quoted_when,
    words_before,
)
from bot.extract.release_passing import issue_kicker, own_name, passing_title
from bot.extract.release_past_seasons import without_past_seasons
from bot.extract.release_premiere_events import premiere_events_dropped
from bot.extract.release_pronouns import no_date_yet
from bot.extract.release_relatives import carried_starts, trailer_asides
from bot.extract.release_renewals import after_another, carried_on
from bot.extract.release_revealed_titles import revealed_title
from bot.extract.release_shoot_moves import shoot_moved
from bot.extract.release_shot_froms import shot_from
from bot.extract.release_signoffs import signed_off
from bot.extract.release_since import out_since
from bot.extract.release_sources import told_by_source
from bot.extract.release_spans import start_noun
from bot.extract.release_status import narrowed, past_status
from bot.extract.release_subjects import announces_another, charts_another, names_ours
from bot.extract.release_tail_hedges import understood_shoots
from bot.extract.release_territory import per_territory
from bot.extract.release_timeline import stage_dated
from bot.extract.release_titled_shoots import titled_shot
from bot.extract.release_titles import after_ours, title_matches, trimmed_title
from bot.extract.release_told_apart_titles import told_apart_title
from bot.extract.release_told_past import aside_or, named_days, shot_past, told_ahead, told_past
from bot.extract.release_unannounced import unannounced
from bot.extract.release_unreal import unreal
from bot.extract.release_update_days import update_doc
from bot.extract.release_weekday_dates import weekday_dated
from bot.extract.release_whole_runs import whole_run
from bot.extract.release_widenings import widened
from bot.extract.release_window_matches import window_matches
from bot.extract.release_withheld_dates import due_in_course, windowed_after
from bot.extract.release_words import (
    ANSWER_OPENERS,
    BACK_REFERENCE,
    DATE_HINT,
    FUTURE,
    NEGATED_DATE_CLAIM,
    RELATIVE_HINT,
    RELEASE_VERB,
    TITLE_HINT,
    UNDER_WAY,
    UNDER_WAY_HINT,
)
from bot.extract.releasecues import may_release, release_views
from bot.extract.text import MASK, Doc, View
from bot.facts import HELD, SURE, ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_SUBTITLED = lazy_pattern(
    rf"(?<![\w’'-])(?P<title>(?P<main>{TOKEN}(?:[ ]{TOKEN}){{0,2}}):[ ]{TOKEN}[ ]{TITLE_WORDS})"
    r"(?=[ ,.;]|$)(?![ ]\w+:)"
)
"""Our film's name and a subtitle, used as a name: "In Lanterns: The Long Night, which opens"."""


def find_release(doc: Doc, context: Context) -> list[ReleaseFact]:
    """Release and production statements the article makes about its own film."""
    facts: list[ReleaseFact] = []
    previous: View | None = None
    # live: the sentences of the paragraphs the gate may let one through of (the others'
    # asides are never read); foreign: those about another production
    unannounced, notices, aside, foreign = (
        -1,
        notice_paras(doc),
        -1,
        foreign_starts(doc, context, live := release_views(doc)),
    )
    carried = carried_starts(doc, foreign, context)  # not "The film ..., whose debut X ...,"
    told = trailer_asides(doc, carried, context.ours | context.headline).__contains__  # ours
    strict, credited, lowered, doc = False, context.earlier, lowered_names(doc), headed_day(doc)
    # "after T opened on 2 May, she leads X, a ...": read up to X
    for view in (before_another(v, context, foreign) for v in live):
        sentence = view.span
        follows = previous is not None and previous.span.para == sentence.para
        foreign_before = (
            follows
            and previous is not None
            and (
                previous.span.start in carried or after_another(previous.chunk, view.chunk, context)
            )
        )
        previous = view
        charted = charts_another(view.chunk, context)  # "In third, Lowland took $9m."
        charted = charted or charts_lowered(view.chunk, lowered)  # headline: "B Rises to Third"
        if sentence.start in carried or charted:
            aside, strict = sentence.para, charted or (strict and aside == sentence.para)
        if not may_release(doc, view, unannounced):
            continue  # no word any rule below needs (dates nothing, changes no state)
        if sentence.start in foreign or (foreign_before and carried_on(view.chunk)):
            continue  # "... in the thriller X for Movistar. Filming starts next month.": X's
        if aside == sentence.para and not names_ours(
            without_lowered(view.chunk, lowered), context, strict=strict, told=told(sentence.para)
        ):
            continue  # "She stars in X as ... . She returns in June.": still X's paragraph
        evidence = doc.text[sentence.start : sentence.end].strip()
        read = without_other_works(without_retracted(view, notices, colon_claims=True), context)
        found = list(_sentence_release(doc, context, read, evidence))
        found = stage_dated(doc, view, found) + no_date_yet(doc, view, evidence)
        found += shoot_moved(doc, view, evidence)  # "It has been pushed back to May"
        found += said_only(doc, view, evidence) + guessed_window(doc, view, evidence)
        found = relayed_in_comment(  # a thread comment's "..., according to the Courier"
            doc,
            view,
            understood_shoots(  # "Filming ran in May, we understand."
                without_own_part(found, view.lower),
                view.chunk,  # "He shoots his scenes in May"
            ),
        )
        found.extend(answered_date(doc, view, evidence))  # "When is it out?" / "1 May 2026."
        found += revealed_title(doc, view, evidence, context)  # "the title. X: Y will"
        found += dated_for(doc.date, view.chunk, evidence, context)  # "dated for a 2 May release"
        # another work's times: asked only of a sentence with a fact or a state to change (most
        # have neither, and the asking cost more): "She also has ‘Raat’ lined up, out 2 May."
        changes = found or unannounced == sentence.para or carries_on(doc, view, unannounced)
        if (changes or announces_another(view.chunk)) and (
            (another_work_returns(view.chunk, context, doc.text)
             and not leads_the_article(doc, view.chunk, context))
            or names_other_work(doc, view, context) or dates_a_credit(view.chunk, context, credited)
        ):  # fmt: skip
            continue
        if any(fact.kind is ReleaseKind.NOT_ANNOUNCED for fact in found):
            unannounced = sentence.para
        if carries_on(doc, view, unannounced):
            unannounced = sentence.para  # "No date yet." / "However, the team is aiming for ..."
        if unannounced == sentence.para:
            found.extend(hoped_window(doc, view, evidence))
        facts.extend(found)
        if announces_another(view.chunk):  # "... will direct a sequel. No date has been set.":
            aside, strict = sentence.para, False  # the rest of the paragraph is the sequel's
    facts.extend(asked_shoot(doc))  # "When did you wrap?" / "The 14th of November."
    facts += answered_none(doc) + out_today(doc, context, facts)  # "Date? None."; "X is out now"
    facts += signed_off(doc, context, facts)  # a review's "X is streaming on Netflix now."
    facts = narrowed(deduped(plain_first(settled(facts, doc.date, context)), doc.date))
    facts = premiere_events_dropped(  # "It's out Friday and you premiere it tonight"
        premiere_nights(  # "That's a guess."; "Not drawn on a date. It is due in 2027."
            unreal(doc.text, windowed_after(doc.text, guessed_next(doc.text, facts)))
        )
    )
    facts = without_past_seasons(corrected(doc, context, facts), doc.date)  # "we said 3 July"
    return spelled_titles(doc.text, facts + told_apart_title(doc, context, facts))  # "T: S" caps


def _sentence_release(
    doc: Doc, context: Context, view: View, evidence: str
) -> Iterator[ReleaseFact]:
    sentence, chunk, lower = view.span, view.chunk, view.lower
    if (
        DATE_HINT.search(lower) and unannounced(chunk) and not NEGATED_DATE_CLAIM.search(chunk)
    ) or (_DUE_HINT.search(evidence) and due_in_course(evidence)):
        yield per_territory(ReleaseFact(ReleaseKind.NOT_ANNOUNCED, evidence), chunk, context)
    opening = view.span.start <= doc.paras[view.span.para].start + 1
    if opening and NONE_YET.match(chunk) and asks_for_date(doc, view):
        yield ReleaseFact(ReleaseKind.NOT_ANNOUNCED, evidence)
    if TITLE_HINT.search(lower):
        original = doc.text[sentence.start : sentence.end]
        for match in title_matches(original, opening or after_ours(doc, view, context)):
            title = trimmed_title(match["title"])
            bare = _BARE_NAMING.match(original, match.start()) is not None
            if bare and in_use(doc, title, sentence.start, original):
                # "It is called Lanterns, not Lantern.": the name in use already, not a reveal.
                yield ReleaseFact(ReleaseKind.TITLE, evidence, title=title,
                                  confidence=HELD, doubt="title already in use")  # fmt: skip
                continue
            yield ReleaseFact(ReleaseKind.TITLE, evidence, title=title)
        for match in contracted_titles(original, context):  # "It's called X."
            yield ReleaseFact(ReleaseKind.TITLE, evidence, title=match["title"])
    if ": " in chunk:
        for match in _SUBTITLED.finditer(chunk):
            title = (
                clean_name(match["title"].split(":", 1)[0]) + ":" + match["title"].split(":", 1)[1]
            )
            subtitle = title.split(":", 1)[1].strip()
            if subtitle.startswith(match["main"]) or issue_kicker(chunk, match.start()):
                continue  # "of Kestlemoor: Kestlemoor Rising" a cue; "this week's Digest: X"
            main = clean_name(match["main"])  # not "EXCLUSIVE: X" nor "Written by: X"
            if (
                main
                and not main.isupper()
                and (passing := passing_title(doc.text, chunk, title))  # "In X: Y, which opens"
                and own_name(doc.text, chunk, title, context)
            ):
                yield ReleaseFact(ReleaseKind.TITLE, evidence, title=passing)
    lead = doc.text[doc.paras[sentence.para].start : sentence.end]  # "all episodes" of ours
    spelled = whole_run(spelled_dates(chunk), lead, context)  # "on 24/04": "on 24 April"
    if MONTH_HINT.search(spelled) and MAY_HOLD_DATE.search(spelled):
        # "last Friday, 3 May": the word before a dated weekday is blanked, the date reads
        yield from chunk_dates(doc, weekday_dated(spelled), evidence, context)
    if opening and _ANSWER_HINT.match(chunk) and asks_for_date(doc, view):
        # "When is it out?" / "Not until early 2027.": the answer's time is the release's.
        for match in window_matches(chunk):
            window = parse_window(match, doc.date)
            if window is not None:
                yield ReleaseFact(ReleaseKind.WINDOW, evidence, window=window,
                                  hedged=is_hedged(chunk))  # fmt: skip
    if may_hold_window(chunk, lower):
        yield from chunk_windows(doc, chunk, evidence, context)
    if MASK * 3 in chunk:
        quoted = quoted_when(doc, view)
        if quoted is not None:
            yield from chunk_windows(doc, quoted, evidence, context)
    if RELATIVE_HINT.search(chunk):
        dated = update_doc(doc, sentence.para)  # "Update, 9 March: cameras rolled yesterday"
        yield from derived(_relative(dated, spelled, evidence, context), doc, sentence.para)
    yield from shoot_spans(doc.date, chunk, lower, evidence, titled_shot(chunk, context))
    yield from chain(  # "between 9 June and 29 August 2025"; "was shot in Kent from 14 July"
        day_span(doc.date, chunk, evidence, context), shot_from(doc.date, chunk, evidence, context)
    )
    if (" start" in chunk or " shoot" in chunk) and not not_the_film(chunk, context):
        yield from filter(None, [start_noun(doc.date, chunk, evidence)])
    if UNDER_WAY_HINT.search(lower):
        for match in UNDER_WAY.finditer(chunk):
            if FUTURE.search(chunk, 0, match.start()) is None:
                done = match["state"].lower() in {"wrapped", "finished", "ended"}
                kind = ReleaseKind.FILMING_WRAPPED if done else ReleaseKind.FILMING_STARTED
                yield ReleaseFact(kind, evidence)
    yield from past_status(doc.date, chunk, evidence, context)


_BARE_NAMING = lazy_pattern(
    r"is[ ](?:called|titled|named|entitled)[ ]|(?:[Tt]he|[Ii]ts)[ ]\S*[ ]?title[ ]is"
)
"""A title cue in the plain present ("it is called ..."), which states a name, not news of one."""
_ANSWER_HINT = lazy_pattern(rf"[ ]*(?:{'|'.join(ANSWER_OPENERS)})\b")
_DUE_HINT = hint("due course", " later", " soon")
_OFFSET_WORDS = (" after", " before", " later")


def _relative(doc: Doc, chunk: str, evidence: str, context: Context) -> Iterator[ReleaseFact]:
    """Days named from the article's date, and offsets from an event dated in the sentence."""
    anchor: dt.date | None = None
    # unsure: the anchor's day is told in no tense ("got ... on Friday": gone, or to come?)
    unsure = False
    dates = [m.span() for m in DATE_RE.finditer(chunk)] if MAY_HOLD_DATE.search(chunk) else []
    for match in named_days(chunk):
        if any(start <= match.end() + 2 and match.start() <= end for start, end in dates):
            continue  # "on Friday 13 February", "on Friday (27 February)": read by _dates
        if chunk.startswith(("’s ", "'s "), match.end()):
            continue  # "tonight's screening", "Friday's gala": the day of an event
        at = match.start("bare") if match["bare"] else match.start()
        ahead = FROM_TODAY.search(chunk, max(at - 24, 0), at) if match["word"] else None
        at = ahead.start() if ahead is not None else at  # "lands nine days from today"
        if SAID_ON.search(chunk, max(at - 30, 0), at) or opens_a_clause(chunk, at):
            continue  # "finished, Netflix said on Saturday": the day of the statement
        if (
            told_by_source(chunk, at)
            or widened(chunk, at)
            or at_a_convention(chunk, at)
            or news_put_out(chunk, at)  # "the statement Lumen released on Friday": the statement's
        ):
            continue  # "confirmed by the studio's site today"; "widens its run on Friday"
        if match["prep"] == "since":  # "has only been on Netflix since Friday": out then
            since = parse_relative_day(match, doc.date, past=True)
            yield from out_since(chunk[:at], since, doc.date, evidence)
            continue
        before = words_before(chunk, at)
        between = [end for start, end in dates if at - len(before) < end <= at]
        before = fronted_release(  # "Released on Friday, it": "it was released on"
            chunk,
            (at, match.end()),
            chunk[max(between) : at].strip() if between else before,  # "opened on 10 April,
        )
        clause = clause_before(chunk, at)  # by estimates on Sunday": the verb is the date's
        past = (  # "had queued ... on Tuesday"; "a week later, on Friday": the comma's clause
            before == FRONTED or shot_past(chunk, before) or told_past(aside_or(chunk, at, clause))
        )
        day = parse_relative_day(match, doc.date, past=past)
        if day is None:
            continue
        if ahead is not None:
            day += dt.timedelta(days=from_today(ahead, past=past))
        if not_the_release_day(chunk, match.end(), clause, context) or BACK_REFERENCE.search(
            clause
        ):
            unsure, anchor = unsure if anchor else not (past or told_ahead(clause)), anchor or day
            continue
        fact = classified(day, before, clause, chunk, evidence, context) or day_it_came(
            chunk, match.end(), day, doc.date, evidence
        )  # "watched it on Friday, the day it dropped": the gloss dates the release
        if fact is None and shoot_began_then(chunk, match.end()):  # "on Monday as filming began"
            fact = ReleaseFact(ReleaseKind.FILMING_STARTED, evidence,
                               date=parse_relative_day(match, doc.date, past=True))  # fmt: skip
        if fact is not None:
            yield checked_day(chunk, match.end(), doubted(chunk, at, fact), doc.date)
    offset = OFFSET_RE.search(chunk) if any(w in chunk for w in _OFFSET_WORDS) else None
    if offset is not None and later_gap(chunk, offset):  # "opened on 7 November, seven weeks
        offset = None  # later": a gap; "debuts a week later, on 7 December": where it lands
    if offset is not None and not dated_before(doc, chunk, offset.start(), context):
        anchor, unsure = (
            (counted := offset_anchor(doc, chunk, offset.start(), anchor)),
            (
                unsure and counted == anchor  # still the named day's, not a written date's
            ),
        )
        after = RELEASE_AFTER.match(chunk, offset.end())
        if after is not None and dated_here(chunk, after.end(), where=offset["dir"] == "after"):
            pass  # "in its first five days after it debuted on 17 April": the verb's own date
        elif anchor is not None and after is not None:  # "two days before it lands": counted
            yield ReleaseFact(
                ReleaseKind.PREMIERE_DATE,
                evidence,
                date=counted_day(doc.date, chunk, offset, after.end(), anchor),
                confidence=HELD if unsure else SURE,
                doubt="counted from a day of unsure tense" if unsure else "",
            )
        elif (
            anchor is not None
            and RELEASE_VERB.search(words_before(chunk, offset.start()))
            and not glosses_a_date(chunk, offset.start())
            and not glosses_a_day(chunk, offset.start())
        ):  # "premieres on 9 March, three days before ...": the offset dates the other event
            day = anchor + dt.timedelta(days=offset_days(offset))
            yield ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=day)
