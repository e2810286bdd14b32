"""A credits list whose member comes with the channel or streamer that employs them: "the
executive producers are A, B and Sky's C". The owner is never credited; the person after it is."""

from tests.extract.helpers import served_crew


def test_channel_owner_before_the_last_executive_producer() -> None:
    found = served_crew(
        "Filming began on The Lantern Year.",
        "Lina Marsh produces for Redcliff, and the executive producers are Osterley, Vance and "
        "Sky’s Mara Tillbrook.",
    )
    assert ("executive_producer", "Mara Tillbrook") in found
    assert ("executive_producer", "Sky") not in found


def test_streamer_owner_in_a_credits_line() -> None:
    found = served_crew(
        "Cameras are rolling on Saltmarsh.",
        "Executive producers: Ivo Brandt, Netflix’s Selma Oduya and Piet Harrow.",
    )
    assert ("executive_producer", "Selma Oduya") in found
    assert ("executive_producer", "Netflix") not in found


def test_broadcaster_owner_after_produced_by() -> None:
    found = served_crew(
        "Saltmarsh begins shooting in Norfolk next week.",
        "The series is produced by Ivo Brandt and ITV’s Selma Oduya.",
    )
    assert ("producer", "Selma Oduya") in found
    assert ("producer", "ITV") not in found
