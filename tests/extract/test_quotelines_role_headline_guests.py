"""Quote lines on invented text: a Q&A whose headline ends on the guest's role after their words
("‘...’: Quillmoor’s composer") and whose intro gives the role as a title before the name ("The
Cornish-born, Leeds-based composer Ysolde Pennick, 41, ...") credits the bare answers to her."""

from __future__ import annotations

from tests.extract.helpers import facts

_QA = (
    "Ysolde Pennick wrote the music for Quillmoor. She talks bells, tape hiss and deadlines.",
    "The Cornish-born, Leeds-based composer Ysolde Pennick, 41, scored the Streamly film"
    " Quillmoor, out on 3 March. This interview has been edited for length.",
    "How did you get the job?",
    "Brannock heard a cello piece I wrote years ago and rang me at midnight.",
    "Where does the score sit?",
    "Under the dialogue, mostly. I kept it very quiet.",
    "Did you visit the set?",
    "Twice. I recorded the harbour bells in my coat pocket.",
    "What next?",
    "A stage musical. I am terrified.",
)


def _speakers(title: str) -> dict[str, str]:
    found = facts(*_QA, title=title)
    return {q.text[:12]: q.speaker for q in found.quotes if q.served}


def test_a_headline_closing_on_the_role_credits_the_titled_guest() -> None:
    said = _speakers("‘I wanted it to sound like wet slate’: Quillmoor’s composer")
    assert said.get("Under the di") == "Ysolde Pennick"
    assert said.get("Twice. I rec") == "Ysolde Pennick"


def test_a_headline_of_another_role_credits_no_one_by_the_title() -> None:
    said = _speakers("‘I wanted it to sound like wet slate’: Quillmoor’s director")
    assert said.get("Under the di") != "Ysolde Pennick"
