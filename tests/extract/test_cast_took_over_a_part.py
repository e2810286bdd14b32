"""A takeover told right after a part ("B as Q, who took over the role from C"), on invented
text: Q is the part, B plays it now and C played it before; the part named earlier in the
sentence stays with its own actor."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs, pairs


def _found(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    found = facts("Glass Harbour trailer: as it happened.", text, title="Glass Harbour trailer")
    return pairs(found), former_pairs(found)


def test_the_name_after_as_is_the_part_taken_over() -> None:
    for text in (
        "We get a first look at Tamsin Orrell as Dr Vera Lusk, a tutor, and at Bo Tully as "
        "Hal Brisk, who took over the role from Noel Cray during filming.",
        "The trailer shows Tamsin Orrell as Dr Vera Lusk and Bo Tully as Hal Brisk, who takes "
        "over the part from Noel Cray.",
    ):
        found, former = _found(text)
        assert ("Tamsin Orrell", "Dr Vera Lusk") in found, text
        assert ("Bo Tully", "Hal Brisk") in found, text
        assert ("Noel Cray", "Hal Brisk") in former, text
        assert not any(part == "Dr Vera Lusk" for actor, part in found if actor != "Tamsin Orrell")
        assert not any(actor == "Hal Brisk" for actor, _ in found), text
