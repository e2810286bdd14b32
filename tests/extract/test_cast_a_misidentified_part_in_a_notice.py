"""A correction notice that owns a part given to the wrong actor with "misidentified" or
"misnamed" ("The article also misidentified the character played by A as P; A plays Q"): the
withdrawn part is not served, and the truth after the semicolon is."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def _notice(verb: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "Brisk Hollow has wrapped filming in Kent after nine weeks.",
            "The film stars Tamsin Orlébar as Zinnia Penwick and Marlo Quillby as Dex.",
            f"Correction: The article also {verb} the character played by Marlo Quillby as"
            " Zinnia; Quillby plays Dex Fairhurst, and Zinnia Penwick is played by Tamsin"
            " Orlébar. We apologise for the error.",
            title="Brisk Hollow wraps filming",
        )
    )


def test_a_misidentified_part_is_withdrawn() -> None:
    for verb in ("misidentified", "misnamed"):
        served = _notice(verb)
        assert not any(
            actor == "Marlo Quillby" and part.startswith("Zinnia") for actor, part in served
        ), verb
        assert ("Tamsin Orlébar", "Zinnia Penwick") in served, verb
