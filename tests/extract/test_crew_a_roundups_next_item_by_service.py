"""A round-up's next item told by where it streams ("Also on Vela: ...") is another work: its
credits are not ours, unless the sentence names our own work."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

TITLE = "Quillhaven gets a spring date: this week's streaming news"
LEDE = "Quillhaven, directed by Ada Vale, arrives on Streamly on 4 April."


def test_also_on_a_service_then_another_film_drops_its_director() -> None:
    found = facts(
        LEDE,
        "Also on Vela: Tin Boys, directed by Rory Blane.",
        title=TITLE,
    )
    assert ("director", "Ada Vale") in credits(found)
    assert ("director", "Rory Blane") not in credits(found)


def test_also_new_on_a_service_then_another_series_drops_its_writer() -> None:
    found = facts(
        LEDE,
        "Also new on Lowmoor Plus: Fen Light, written by Mina Corr.",
        title=TITLE,
    )
    assert ("writer", "Mina Corr") not in credits(found)


def test_also_on_a_service_naming_our_work_keeps_its_credit() -> None:
    found = facts(
        LEDE,
        "Also on Streamly: a Quillhaven special, written by Mina Corr.",
        title=TITLE,
    )
    assert ("writer", "Mina Corr") in credits(found)
