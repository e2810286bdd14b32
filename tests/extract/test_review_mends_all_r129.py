"""Review mends of round 129 (invented text): a speaker handed the floor "who told the room" is
theirs, never the work's title before them; a paper named for its day keeps the day ("the
Sunday Times"); a title's possessive craft names no maker after an opening word ("Like The X's
score"); a version's missing date may be owned ("the director's cut"); a text sent by a pronoun
is that person's; a word someone says is theirs though named as a word; a voice "over the
years" is no voice-over; a company's man, or a star telling fans in a clip, is no part
speaking."""

from __future__ import annotations

from bot.facts import CrewRole, QuoteFact, ReleaseKind, SourceKind
from tests.extract.helpers import facts

_DATE = "2026-03-01"
_LEDE = "Ingrid Solberg stars in Saltglass, Tidewater's new drama, as Wren Alder."


def _quote(quotes: tuple[QuoteFact, ...], start: str) -> QuoteFact:
    return next(q for q in quotes if q.text.startswith(start))


def _served(quotes: tuple[QuoteFact, ...], start: str) -> bool:
    return any(q.served for q in quotes if q.text.startswith(start))


def test_the_one_handed_the_floor_who_told_the_room_speaks_not_the_title() -> None:
    found = facts(
        "Copper Bells wins at Whitby.",
        "The host handed over to Kasper Lund, who told the room on stage: “We are back next year.”",
        date=_DATE,
    )
    quote = _quote(found.quotes, "We are back")
    assert quote.speaker == "Kasper Lund"


def test_a_paper_named_for_its_day_keeps_the_day() -> None:
    found = facts(_LEDE, "The Sunday Telegraph reported: “Solberg signed on Friday.”", date=_DATE)
    quote = _quote(found.quotes, "Solberg signed")
    assert (quote.speaker, quote.source) == ("Sunday Telegraph", SourceKind.ORGANISATION)


def test_a_day_before_a_persons_name_is_still_dropped() -> None:
    found = facts(_LEDE, "“I loved it,” said Kasper Lund on Sunday.", date=_DATE)
    assert _quote(found.quotes, "I loved it").speaker == "Kasper Lund"


def test_a_titles_possessive_score_after_an_opening_word_names_no_composer() -> None:
    found = facts(
        "Saltglass is Tidewater's new drama.",
        "Like The Copper Bells's score, the music is sparse.",
        date=_DATE,
    )
    assert not any(c.role is CrewRole.COMPOSER for c in found.crew)


def test_a_persons_possessive_score_after_a_described_the_is_still_theirs() -> None:
    found = facts(
        "Saltglass is Tidewater's new drama.",
        "The composer Kasper Lund's score is the highlight.",
        date=_DATE,
    )
    assert ("Kasper Lund", CrewRole.COMPOSER) in {(c.name, c.role) for c in found.crew}


def test_no_date_for_a_possessed_version_is_not_ours() -> None:
    found = facts(
        "Saltglass is Tidewater's new drama.",
        "There is no release date yet for the director's cut of Saltglass.",
        date=_DATE,
    )
    missing = [r for r in found.release if r.kind is ReleaseKind.NOT_ANNOUNCED]
    assert missing and not any(r.served for r in missing)


def test_no_date_for_the_film_itself_is_still_served() -> None:
    found = facts("There is no release date yet for the film.", date=_DATE, title="Saltglass")
    assert any(r.kind is ReleaseKind.NOT_ANNOUNCED and r.served for r in found.release)


def test_a_letter_a_pronoun_wrote_is_that_persons() -> None:
    found = facts(
        _LEDE, "Solberg recalls the letter she wrote him that year: “Please cast me.”", date=_DATE
    )
    assert _quote(found.quotes, "Please cast").speaker == "Ingrid Solberg"


def test_a_note_an_unnamed_sender_left_is_still_no_ones() -> None:
    found = facts(_LEDE, "Solberg kept the note the director left her: “Trust it.”", date=_DATE)
    assert _quote(found.quotes, "Trust it").speaker == ""


def test_a_word_someone_says_is_theirs() -> None:
    found = facts(
        _LEDE, "Asked for one word, Kasper Lund said the word “brutal” and left.", date=_DATE
    )
    assert _quote(found.quotes, "brutal").served


def test_a_word_someone_is_kept_from_using_stays_held() -> None:
    found = facts(_LEDE, "Kasper Lund has banned the word “franchise” from set.", date=_DATE)
    assert not _served(found.quotes, "franchise")


def test_a_voice_that_changed_over_the_years_is_no_voice_over() -> None:
    found = facts(
        _LEDE, "Solberg, whose voice over the years has softened, said: “I am fine.”", date=_DATE
    )
    quote = _quote(found.quotes, "I am fine")
    assert quote.served and quote.speaker == "Ingrid Solberg"


def test_a_voice_over_the_footage_is_still_held() -> None:
    found = facts(
        _LEDE, "A voice over the opening footage says: “We were never meant to leave.”", date=_DATE
    )
    assert not _quote(found.quotes, "We were never").served


def test_a_companys_man_telling_someone_is_no_part() -> None:
    found = facts(
        _LEDE,
        "The director said Tidewater’s Kasper Lund told her, “You have the part.”",
        date=_DATE,
    )
    assert _quote(found.quotes, "You have the part").served


def test_an_actors_part_telling_him_is_still_held() -> None:
    found = facts(_LEDE, "In the trailer, Ingrid Solberg’s Wren Alder tells him: “Go.”", date=_DATE)
    assert not _served(found.quotes, "Go.")


def test_a_clip_of_a_star_telling_her_fans_is_hers() -> None:
    found = facts(
        _LEDE, "A clip of Ingrid Solberg telling her fans “I love you all” went viral.", date=_DATE
    )
    quote = _quote(found.quotes, "I love you")
    assert quote.served and quote.speaker == "Ingrid Solberg"


def test_a_clip_of_a_part_telling_her_son_is_still_held() -> None:
    found = facts(
        _LEDE, "A clip of Wren Alder telling her son “The sea is ours” went viral.", date=_DATE
    )
    assert not _quote(found.quotes, "The sea is ours").served
