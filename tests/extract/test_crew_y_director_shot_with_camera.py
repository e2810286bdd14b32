"""A director who "shot the film" with someone else named cinematographer in the same sentence
filmed it, holding no camera credit; a sentence naming the director alone as its shooter with a
camera post still credits the camera (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "First look at Harrowmere, the new drama from Tamsin Ollerby"
_LEDE = "Harrowmere, written and directed by Tamsin Ollerby, opens in cinemas next month."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.role.value, c.name) for c in found if c.served}


def test_director_shooting_beside_a_named_cinematographer() -> None:
    found = _credits(
        "Ollerby shot the film over a wet month on the Norfolk coast, with cinematographer"
        " Bram Kettering and producer Livia Sand."
    )
    assert ("cinematographer", "Bram Kettering") in found
    assert ("cinematographer", "Tamsin Ollerby") not in found
    assert ("director", "Tamsin Ollerby") in found


def test_camera_post_for_someone_else_alone_still_credited() -> None:
    found = _credits("The film was shot by cinematographer Bram Kettering on 35mm.")
    assert ("cinematographer", "Bram Kettering") in found
