"""A subject who goes by "they" leads a show as much as one who "leads" it: "they lead Channel
5’s drama Tarn Hollow" on a profile that glosses its own work as the film is the subject's lead
vehicle, and the sentences its title leads are that show's. A show they only watch is not."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts

_OWN = (
    "Sol Ambry joined Orrin Vale in 2021 and stayed for Orrin Vale Forever, the Lumen film that "
    "closed the saga."
)


def _directors(found: ArticleFacts) -> set[str]:
    return {c.name for c in found.crew if c.role.value == "director" and c.served}


def _profile(lead: str) -> ArticleFacts:
    return facts(
        "Sol Ambry has a busy winter.",
        lead,
        _OWN,
        "Tarn Hollow is written by Ilse Marrow and directed by Conal Pyke.",
        date="2026-01-20",
        title="Sol Ambry: ‘I was the funny friend for years’",
    )


def test_a_show_they_lead_owns_the_sentences_its_title_leads() -> None:
    found = _profile(
        "This Sunday they lead Channel 5’s four-part drama Tarn Hollow, playing a miner."
    )
    assert "Conal Pyke" not in _directors(found)


def test_a_show_they_only_watch_is_no_vehicle() -> None:
    found = _profile("This Sunday they watch Channel 5’s four-part drama Tarn Hollow with friends.")
    assert "Conal Pyke" in _directors(found)
