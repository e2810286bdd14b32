"""Review mends of round 195: the round's rules met sentences written otherwise than the
articles they were tuned on. Invented text throughout."""

from __future__ import annotations

from bot.extract.doc_build import build_doc
from bot.extract.page_blog_openings import blog_paragraphs
from tests.extract.helpers import article, facts, pairs, served_crew

_DRAMA = "Saltmarsh, a six-part coastal thriller, comes to ITV this autumn."


def test_a_producer_whose_surname_is_a_place_noun_is_a_person() -> None:
    crew = served_crew(_DRAMA, "It is produced by Dana Harbour, with Tom Quell directing.")
    assert ("producer", "Dana Harbour") in crew


def _premieres(*paragraphs: str, date: str = "2026-05-13", title: str = "") -> set[str]:
    found = facts(*paragraphs, date=date, title=title or "Weir Cottage review")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_fronted_participle_with_a_place_in_lower_case_dates_the_work() -> None:
    assert _premieres(
        "Weir Cottage, the BBC's seaside comedy, is on iPlayer now.",
        "Released in cinemas on Friday, the film took £2m over the weekend.",
    ) == {"2026-05-08"}
    assert _premieres(
        "Weir Cottage, the BBC's seaside comedy, is on iPlayer now.",
        "Premiered in UK cinemas on Friday, it took £2m over the weekend.",
    ) == {"2026-05-08"}


def test_a_granddad_is_kin_in_a_casting_run() -> None:
    found = facts(
        "Tallow Point, a new comedy about a lifeboat station, starts on Friday.",
        "Bram's sister Ros is played by Dev Arlott, and Len Moss is their granddad, Walter.",
    )
    assert ("Len Moss", "Walter") in pairs(found)


def test_a_closing_place_told_of_our_work_by_its_kind_still_dates_it() -> None:
    assert "2026-10-16" in _premieres(
        "BBC drama Weir Cottage was the most-streamed title in the UK last week.",
        "Rounding out the top five was the drama, which has drawn viewers since its release on "
        "16 October 2026.",
        date="2026-11-10",
        title="Weir Cottage tops the UK streaming chart for a third week",
    )


def test_someone_in_a_team_owned_by_the_work_is_unnamed() -> None:
    found = facts(
        "Filming on Quill Lane, the new Channel 4 comedy, wrapped in Margate on Friday.",
        "Tamsin Orrell turns up with pies for everyone. Someone on the show’s camera crew says, "
        "“That is how you buy a crew’s love, every time.”",
    )
    speakers = {q.speaker for q in found.quotes if q.served}
    assert "Tamsin Orrell" not in speakers


def test_a_participle_after_a_passive_said_of_the_maker_is_the_makers() -> None:
    crew = served_crew(
        _DRAMA,
        "The drama was made by Ada Vale, who was hired by Tom Reed, directing for the first time.",
    )
    assert ("director", "Ada Vale") in crew
    assert ("director", "Tom Reed") not in crew


def test_words_given_as_someones_thoughts_or_retort_before_a_colon_are_theirs() -> None:
    for noun in ("thoughts", "retort", "two cents"):
        found = facts(
            "Quill Lane, a new comedy for Channel 4, has found its cast.",
            "Tamsin Orrell plays a baker who inherits a tea room. The series is written by Orrell "
            "with Bruno Castell.",
            f"“It is a hymn to every tea room,” Orrell told us. Castell's {noun}: “It is about "
            "jam, really.”",
        )
        speakers = {q.text: q.speaker for q in found.quotes if q.served}
        assert speakers.get("It is about jam, really.") == "Bruno Castell", noun


def _lines(*paragraphs: str) -> dict[str, bool]:
    found = facts("Harbour Lights, the new BBC drama, starts on Sunday.", *paragraphs)
    return {q.text: q.served for q in found.quotes}


def test_a_quote_from_the_film_before_the_words_is_the_works_line() -> None:
    found = _lines(
        "The poster is captioned with a quote from the film, “Nobody leaves this harbour alone.”"
    )
    assert found.get("Nobody leaves this harbour alone.") is False


def test_words_the_next_sentence_calls_a_quote_from_a_person_are_theirs() -> None:
    found = _lines(
        "Ada Vale directs the drama.",
        "The studio's post opens on the words “We shot every scene of it in the rain.” That is a "
        "quote from Ada Vale, its director.",
    )
    assert found.get("We shot every scene of it in the rain.") is True


def test_words_the_next_sentence_calls_a_line_from_a_persons_diary_are_theirs() -> None:
    found = _lines(
        "Ada Vale directs the drama.",
        "“We shot every scene of it in the rain,” Ada Vale says. It is a line from Ada Vale's "
        "diary, she admits.",
    )
    assert found.get("We shot every scene of it in the rain") is True


_BOX = "Quill Lane topped the box office this weekend, taking £1.4m from 300 screens."
_SAID = "People keep coming back for a second look, which nobody predicted"


def test_a_vice_president_or_vp_with_the_field_after_of_names_the_speaker() -> None:
    for title in ("vice president of sales", "VP of marketing"):
        found = facts(
            _BOX,
            f"Rookwood Pictures said it was “delighted” with the figures. “{_SAID},” {title} "
            "Tamsin Orrell said.",
        )
        speakers = {q.text: q.speaker for q in found.quotes if q.served}
        assert speakers[_SAID] == "Tamsin Orrell", title


def _is_live(headline: str) -> bool:
    doc = build_doc(
        article(
            "Streamflix showed its new season to the press, with a Velmo date the big news.",
            "Good evening from the Southbank, where the presentation is about to begin.",
            "It is official: Velmo arrives on Streamflix on Friday 22 May.",
            title=headline,
        )
    )
    return bool(blog_paragraphs(doc))


def test_a_headline_opening_on_live_updates_or_closing_as_it_unfolded_is_live() -> None:
    for headline in (
        "Live updates: Streamflix new season showcase",
        "Live blog – Streamflix new season showcase",
        "Streamflix showcase: every reveal as it unfolded",
    ):
        assert _is_live(headline), headline
    for headline in (
        "Live and Let Die remake: Velmo star cast as the villain",
        "Velmo review: a mystery you solve as it unfolds",
    ):
        assert not _is_live(headline), headline


def test_a_title_in_apposition_to_an_owned_noun_is_a_name() -> None:
    for sentence in (
        "For the finale she chose the show's theme, “Cnoc na Gaoithe”, an air her aunt taught her.",
        "The film's stage version, “Brine Songs – On Stage”, with a new cast, follows next year.",
    ):
        found = facts("Brine Songs, a folk drama, opens in May.", sentence)
        assert not {q.text for q in found.quotes if q.served}, sentence
