"""Review mends of round 128 (invented text): words predicated of a name before "he says" are no
one's even when an aside ends in "the show"; a planned part is lost only when its actor leaves
the production, not a habit; a title character keeps their part beside "the X films"; a person
named after "plays host to" or owning a relation ("X is Y's husband") introduces no part; a
pronoun after a part's introduction stands for a person named in between; words with no name
in a review stay held."""

from __future__ import annotations

from bot.facts import CastStatus, QuoteFact, SourceKind
from tests.extract.helpers import facts, served_pairs

_DATE = "2026-03-01"


def _quote(quotes: tuple[QuoteFact, ...], start: str) -> QuoteFact:
    return next(q for q in quotes if q.text.startswith(start))


def test_a_predicate_after_an_aside_ending_in_the_is_not_the_names() -> None:
    found = facts(
        "Ingrid Solberg stars in Saltglass.",
        "Producer Kasper Lund, new to the show, “kept the set calm”, he says.",
        date=_DATE,
    )
    assert _quote(found.quotes, "kept the set").speaker != "Kasper Lund"


def test_a_named_speakers_own_he_says_after_an_aside_still_finds_them() -> None:
    found = facts(
        "Producer Kasper Lund joined Saltglass in the spring.",
        "“We kept the set calm,” he says.",
        date=_DATE,
    )
    quote = _quote(found.quotes, "We kept")
    assert (quote.speaker, quote.source) == ("Kasper Lund", SourceKind.PERSON)


def test_a_planned_part_stays_when_the_actor_quits_a_habit() -> None:
    found = facts(
        "Saltglass is casting.",
        "Callum Rae was set to play Jory in Saltglass; he quit sugar for the part.",
        "Filming begins in May.",
        date=_DATE,
    )
    statuses = {(c.actor, c.character): c.status for c in found.cast}
    assert statuses.get(("Callum Rae", "Jory")) is CastStatus.CURRENT


def test_a_planned_part_is_former_when_the_actor_leaves_the_production() -> None:
    found = facts(
        "Saltglass is casting.",
        "Callum Rae was set to play Jory in Saltglass, but he quit the production in May.",
        "Filming begins in June.",
        date=_DATE,
    )
    statuses = {(c.actor, c.character): c.status for c in found.cast}
    assert statuses.get(("Callum Rae", "Jory")) is CastStatus.FORMER


def test_a_title_character_keeps_the_part_beside_the_franchise_films() -> None:
    found = facts(
        "Ingrid Solberg will play Nell Garrow in a new film from Kestrel Pictures.",
        "The Nell Garrow films have made a fortune since 2010.",
        date=_DATE,
    )
    assert ("Ingrid Solberg", "Nell Garrow") in served_pairs(found)


def test_a_possessed_work_the_article_calls_a_film_is_still_no_part() -> None:
    found = facts(
        "Two newcomers join the film that will close Petra Vance’s Saltwick.",
        "Filming on the untitled Saltwick film began on Monday in Leeds.",
        "Newcomer Dorian Feld will play Oskar Brandt, a lodger.",
        date=_DATE,
    )
    assert not any(character == "Saltwick" for _, character in served_pairs(found))
    assert ("Dorian Feld", "Oskar Brandt") in served_pairs(found)


def test_a_person_a_festival_plays_host_to_speaks_for_themselves() -> None:
    found = facts(
        "Saltglass opens the festival in June.",
        "The festival plays host to Ingrid Solberg this week. “I adore this town,” Ingrid"
        " Solberg says of Leeds.",
        date=_DATE,
    )
    quote = _quote(found.quotes, "I adore")
    assert (quote.speaker, quote.served) == ("Ingrid Solberg", True)


def test_a_relation_owned_by_a_name_introduces_no_part() -> None:
    found = facts(
        "Saltglass opens the festival in June.",
        "Director Kasper Lund is Ingrid Solberg's husband. “We never fight on set,” Ingrid"
        " Solberg says.",
        date=_DATE,
    )
    quote = _quote(found.quotes, "We never")
    assert (quote.speaker, quote.served) == ("Ingrid Solberg", True)


def test_a_part_introduced_by_is_still_speaks_its_line() -> None:
    found = facts(
        "The first trailer for Saltglass is out.",
        "Ingrid Solberg is Skipper Mairi Flett. “Nobody leaves this island,” Mairi tells a"
        " deckhand.",
        date=_DATE,
        title="Saltglass trailer: first look",
    )
    quote = _quote(found.quotes, "Nobody leaves")
    assert not (quote.served and quote.source is SourceKind.PERSON)


_REVIEW = "Saltglass review: a slow, salty thriller"


def test_words_with_no_name_in_a_review_are_still_held() -> None:
    found = facts(
        "Saltglass review: a slow, salty thriller ★★★★",
        "Ingrid Solberg plays Mairi Flett, a skipper with a past. The storm is superb.",
        "The pier scene is the best thing in it. “We made this for Hull.”",
        date=_DATE,
        title=_REVIEW,
    )
    assert not _quote(found.quotes, "We made").served


_TRAILER = "Saltglass trailer breakdown: every shot explained"


def test_a_pronoun_after_a_person_named_past_the_part_is_that_persons() -> None:
    found = facts(
        "The first trailer for Saltglass is finally here, and we went through it shot by shot"
        " with critic Zofia Brandt.",
        "Kasper Lund said in January that he had grown a beard for the part.",
        "0:41 – Our first look at Kasper Lund’s Jory Penhallow comes as he hands Mairi a"
        " flyer. Brandt is not convinced by him. “I don’t trust anyone in a scarf like that,”"
        " she jokes.",
        date=_DATE,
        title=_TRAILER,
    )
    quote = _quote(found.quotes, "I don’t trust")
    assert (quote.speaker, quote.served) == ("Zofia Brandt", True)


def test_a_pronoun_right_after_an_owned_part_is_still_the_parts_line() -> None:
    found = facts(
        "The first trailer for Saltglass is finally here, and we went through it shot by shot"
        " with critic Zofia Brandt.",
        "Kasper Lund said in January that he had grown a beard for the part.",
        "0:41 – Our first look at Kasper Lund’s Jory Penhallow comes as he hands Mairi a"
        " flyer. “I don’t trust anyone in a scarf like that,” he says.",
        date=_DATE,
        title=_TRAILER,
    )
    quote = _quote(found.quotes, "I don’t trust")
    assert not (quote.served and quote.source is SourceKind.PERSON)
