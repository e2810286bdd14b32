"""A reply or comment under someone's post ("One of the top replies under Lumenfield UK's post
read: ‘...’") is its unnamed writer's, never the post owner's; the owner's own post read so
stays theirs."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Lumenfield UK released the first trailer for Saltbridge on Tuesday."


def _speakers(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served}


def test_a_reply_under_a_post_is_not_the_posters() -> None:
    for said in (
        "Viewers were quick to react. One of the top replies under Lumenfield UK's post read: "
        "‘Cancel my plans for the year.’",
        "A comment beneath the streamer's video said: ‘Cancel my plans for the year.’",
    ):
        found = _speakers(_LEDE, said)
        assert found.get("Cancel my plans for the year.", ("",))[0] == "", said


def test_the_owners_own_post_stays_theirs() -> None:
    found = _speakers(_LEDE, "Lumenfield UK's post read: ‘Cancel your plans for the year.’")
    assert found["Cancel your plans for the year."] == ("Lumenfield UK", SourceKind.ORGANISATION)
