"""A profile that tells its subject's new show by title first and kind after ("she leads Tarn
Hollow, a six-part Channel 5 thriller") while the page names its own work by kind ("the Orrin
Vale film"): that show's part, makers, co-stars and start date are not the page's, in the lead
sentence, the sentences after it ("In it, ...", "The series is ...") and those its title leads.
A page that names no work of its own by kind keeps them: the show may be its own."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts, served_pairs

_DATE = "2026-01-20"
_LEAD = (
    "This spring Ruth Ambler is the lead in Tarn Hollow, a six-part Channel 5 thriller that "
    "begins on Sunday 15 February."
)
_IN_IT = "In it, Ambler plays Edie Crane, a ferry mechanic with a secret."
_MAKERS = "The series is written by Ilse Marrow and directed by Conal Pyke."
_OWN = "The Orrin Vale film, directed by Petra Lusk, also stars Mirren Holt as Cass."


def _directors(found: ArticleFacts) -> set[str]:
    return {c.name for c in found.crew if c.role.value == "director" and c.served}


def _premieres(found: ArticleFacts) -> set[str]:
    return {str(r.date) for r in found.release if r.kind is ReleaseKind.PREMIERE_DATE and r.served}


def _profile(*middle: str) -> ArticleFacts:
    return facts(
        "Ruth Ambler trades a sunny part for a cold one.",
        "Ruth Ambler has spent years as the friend everyone trusts.",
        _LEAD,
        *middle,
        date=_DATE,
        title="Ruth Ambler: from best friend to leading lady",
    )


def test_the_show_the_subject_leads_is_not_the_page_s_own() -> None:
    found = _profile(" ".join((_IN_IT, _MAKERS)), _OWN)
    assert ("Ruth Ambler", "Edie Crane") not in served_pairs(found)
    assert "Conal Pyke" not in _directors(found)
    assert "2026-02-15" not in _premieres(found)


def test_the_page_s_own_credits_after_the_lead_are_still_served() -> None:
    found = _profile(" ".join((_IN_IT, _MAKERS)), _OWN)
    assert "Petra Lusk" in _directors(found)
    assert ("Mirren Holt", "Cass") in served_pairs(found)


def test_a_later_sentence_its_title_leads_is_the_show_s_again() -> None:
    found = _profile(
        _OWN,
        "Tarn Hollow, directed by Conal Pyke, was shot in Whitby.",
        "Tove Lindahl co-stars as Greta.",
    )
    assert "Conal Pyke" not in _directors(found)
    assert ("Tove Lindahl", "Greta") not in served_pairs(found)


def test_a_page_naming_no_work_of_its_own_keeps_the_show_s_makers() -> None:
    found = _profile(" ".join((_IN_IT, _MAKERS)))
    assert "Conal Pyke" in _directors(found)


def test_the_page_s_own_date_before_the_lead_in_its_sentence_stays_served() -> None:
    found = _profile(
        "Three weeks after Orrin Vale Forever, the Lumen film, arrived on Lumen on 17 January, "
        "she is the lead in Tarn Hollow, a six-part Channel 5 thriller.",
        _OWN,
    )
    assert "2026-01-17" in _premieres(found)
