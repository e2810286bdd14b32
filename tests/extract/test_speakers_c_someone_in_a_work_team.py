"""Someone unnamed, told by the team they work in ("Someone on the camera crew says, “...”"), is
an unnamed source: never the person the sentence before named."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Filming on Quill Lane, the new Channel 4 comedy, wrapped in Margate on Friday."


def _served(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(_LEDE, *paragraphs).quotes if q.served}


def test_someone_in_a_team_is_unnamed() -> None:
    quotes = _served(
        "Tamsin Orrell turns up with pies for everyone. Somebody in the art department says,"
        " “That is how you buy a crew’s love.”"
    )
    speaker, source = quotes["That is how you buy a crew’s love."]
    assert source is SourceKind.UNNAMED
    assert "Orrell" not in speaker


def test_someone_in_the_crowd_still_unnamed() -> None:
    quotes = _served(
        "Tamsin Orrell walks out on stage. Someone in the crowd shouts, “We love you, Tamsin!”"
    )
    assert quotes["We love you, Tamsin!"][1] is SourceKind.UNNAMED
