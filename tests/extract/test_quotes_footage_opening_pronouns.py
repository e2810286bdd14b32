"""A "she says" in the scene a trailer opens on: the line is the work's, not a quote to serve."""

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs).quotes if q.served}


def test_a_pronoun_speaking_in_the_scene_the_trailer_opens_on() -> None:
    served = _served(
        "The first trailer for Cinderfold is here.",
        "Veska Ombrell, best known for the sitcom Tilting, plays Corvina Parrinder, a ferrywoman. "
        "The trailer opens with her watching the tide come in. “Not yet,” she says to the "
        "water.",
        "Veska Ombrell told us: “We shot it in a gale.”",
    )
    assert "Not yet" not in served
    assert served.get("We shot it in a gale.") == "Veska Ombrell"
