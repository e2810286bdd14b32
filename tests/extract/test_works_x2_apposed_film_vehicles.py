"""A profile whose own work is only glossed as the film ("Orrin Vale, the Lumen film that closes
the story") still names it: a show framed "In Title, the ... thriller ..." is the subject's lead
vehicle, even when the headline names it ("on leading Title"), and its makers, cast and date are
not the page's. A film glossed with a year is a past credit, and a page with no other film keeps
the framed show's facts."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts, served_pairs

_DATE = "2026-01-20"
_FRAME = (
    "In Tarn Hollow, the six-part Channel 5 thriller that begins on Sunday 15 February, she plays "
    "Edie Crane, a ferry mechanic."
)
_MAKERS = "Written by Ilse Marrow and directed by Conal Pyke, it co-stars Tove Lindahl as Greta."


def _directors(found: ArticleFacts) -> set[str]:
    return {c.name for c in found.crew if c.role.value == "director" and c.served}


def _premieres(found: ArticleFacts) -> set[str]:
    return {str(r.date) for r in found.release if r.kind is ReleaseKind.PREMIERE_DATE and r.served}


def _profile(own: str, title: str = "Ruth Ambler: ‘I got tired of being liked’") -> ArticleFacts:
    return facts(
        "Ruth Ambler trades a sunny part for a cold one.",
        "Ruth Ambler has spent years as the friend everyone trusts.",
        _FRAME,
        _MAKERS,
        own,
        "Tarn Hollow begins on Channel 5 on 15 February.",
        date=_DATE,
        title=title,
    )


_OWN = (
    "She returns as Bryony one last time in Orrin Vale Forever, the film Petra Lusk wrote to close "
    "the saga, which shot in Norfolk last summer."
)


def test_a_vehicle_beside_a_film_glossed_as_the_page_s_is_not_the_page_s() -> None:
    found = _profile(_OWN)
    assert "Conal Pyke" not in _directors(found)
    assert ("Tove Lindahl", "Greta") not in served_pairs(found)
    assert ("Ruth Ambler", "Edie Crane") not in served_pairs(found)
    assert "2026-02-15" not in _premieres(found)


def test_the_headline_naming_the_vehicle_does_not_make_it_the_page_s() -> None:
    found = _profile(
        "Before that came Orrin Vale Forever, the Lumen film that closes the saga.",
        title="Ruth Ambler on leading Tarn Hollow",
    )
    assert "Conal Pyke" not in _directors(found)
    assert "2026-02-15" not in _premieres(found)


def test_a_film_glossed_with_a_year_is_a_past_credit_and_the_show_stays_the_page_s() -> None:
    found = _profile(
        "Her breakout was Orrin Vale, the 2019 film that made her name.",
        title="Ruth Ambler on leading Tarn Hollow",
    )
    assert "Conal Pyke" in _directors(found)
    assert "2026-02-15" in _premieres(found)


def test_a_framed_show_glossed_as_the_film_itself_stays_the_page_s() -> None:
    found = facts(
        "Ruth Ambler finally gets a lead.",
        "In Tarn Hollow, the Channel 5 film that opens on Sunday 15 February, she plays Edie "
        "Crane, a ferry mechanic.",
        _MAKERS,
        date=_DATE,
        title="Ruth Ambler on leading Tarn Hollow",
    )
    assert "Conal Pyke" in _directors(found)


def test_a_show_told_as_the_subject_s_lead_owns_the_sentences_its_title_leads() -> None:
    found = facts(
        "Ruth Ambler has a busy winter.",
        "Ruth Ambler is now the lead of Channel 5’s four-part drama Tarn Hollow, playing a ferry "
        "mechanic.",
        "Tarn Hollow is written by Ilse Marrow and directed by Conal Pyke.",
        _OWN,
        date=_DATE,
        title="Ruth Ambler: from best friend to leading lady",
    )
    assert "Conal Pyke" not in _directors(found)


def test_a_show_the_subject_leads_with_no_film_glossed_stays_the_page_s() -> None:
    found = facts(
        "Ruth Ambler has a busy winter.",
        "Ruth Ambler is now the lead of Channel 5’s four-part drama Tarn Hollow, playing a ferry "
        "mechanic.",
        "Tarn Hollow is written by Ilse Marrow and directed by Conal Pyke.",
        date=_DATE,
        title="Ruth Ambler: from best friend to leading lady",
    )
    assert "Conal Pyke" in _directors(found)


def test_a_frame_opened_by_now_is_still_the_vehicle_s() -> None:
    found = facts(
        "Ruth Ambler, Bryony in Orrin Vale, now has a show of her own.",
        "Now, in Tarn Hollow, written by Ilse Marrow and directed by Conal Pyke, she plays Edie "
        "Crane, a ferry mechanic.",
        "Tarn Hollow begins on Channel 5 on 15 February.",
        _OWN,
        date=_DATE,
        title="Ruth Ambler on leading Tarn Hollow",
    )
    assert "Conal Pyke" not in _directors(found)
    assert "2026-02-15" not in _premieres(found)
