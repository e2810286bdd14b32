"""A work taken for an actor: "X will lead T, a thriller for a channel, as DS Y" (T is what X
leads) and "T played as the closing film of the festival" (a screening's slot, no part); invented
sentences. The person who leads still gets the part, and a plain "X as Y" stays."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, title="Casting news: Tern Reach")
    return {(c.actor, c.character) for c in found.cast if c.served}


def test_a_led_work_before_as_is_no_actor() -> None:
    served = _served(
        "Nora Quill will lead Tern Reach, a four-part drama for Channel 4, as Inspector Ruth"
        " Dale, a detective back in her home town.",
    )
    assert not any(actor == "Tern Reach" for actor, _ in served)


def test_a_screening_slot_is_no_part() -> None:
    served = _served(
        "Tern Reach, the feature that ends Ada Lune's series, played as the closing film of this"
        " year's Harbour Fest: London Film Festival on Sunday night, and it was loud.",
        "Nora Quill plays Ruth Dale.",
    )
    assert not any(actor == "Tern Reach" for actor, _ in served)
    assert ("Nora Quill", "Ruth Dale") in served


def test_a_plain_casting_after_a_lead_verb_elsewhere_stays() -> None:
    served = _served(
        "Tern Reach will be led by a new face: Nora Quill as Inspector Ruth Dale.",
    )
    assert ("Nora Quill", "Inspector Ruth Dale") in served or ("Nora Quill", "Ruth Dale") in served


def test_a_led_work_told_by_its_kind_is_no_actor() -> None:
    served = _served("Nora Quill leads the ITV drama Tern Reach as Inspector Ruth Dale.")
    assert not any(actor == "Tern Reach" for actor, _ in served)


def test_leads_as_a_noun_before_the_actors_stays() -> None:
    served = _served(
        "The film reunites series leads Nora Quill and Ivo Sand as Ruth Dale and Tom Kerr.",
    )
    assert ("Nora Quill", "Ruth Dale") in served


def test_a_cast_led_or_the_film_led_keeps_its_actors() -> None:
    served = _served(
        "Returning to lead the film are Nora Quill as Ruth Dale and Ivo Sand as Tom Kerr.",
        "Quill leads an ensemble that includes Pia Lund as the mayor, Edith Crane.",
    )
    assert ("Nora Quill", "Ruth Dale") in served
    assert ("Pia Lund", "Edith Crane") in served
