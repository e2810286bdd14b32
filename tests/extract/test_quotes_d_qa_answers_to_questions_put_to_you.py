"""An edited interview with "Q:" questions: its bare answers are the guest's even when most of
them speak of others rather than "I", as long as the questions are put to "you". A guide's
"Q:" questions answered in the writer's voice, with no note of an edited interview, are no Q&A."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "Kestle Trewin: “Mara finally says no”"
_LEDE = "Kestle Trewin, who plays Mara Joss, on the last series of Gannet Row."


def test_answers_to_questions_put_to_you_are_the_guests() -> None:
    found = served_quotes(
        facts(
            _LEDE,
            "Kestle Trewin meets us in a café in Leith. The interview has been edited for length.",
            "Q: What did you think when you read the last script?",
            "Mara finally says no. To everyone. It took four series.",
            "Q: Which of your co-stars cried first on the last day?",
            "Odile, by a mile. She will tell you it was hay fever.",
            "Q: Will you watch the finale live?",
            "With my sister, on her sofa, with a lot of wine.",
            date="2026-03-02",
            title=_TITLE,
        )
    )
    assert ("Mara finally", "Kestle Trewin") in found, found
    assert ("Odile, by a ", "Kestle Trewin") in found, found


def test_a_guides_questions_are_no_interview() -> None:
    found = served_quotes(
        facts(
            "Everything we know about the last series of Gannet Row.",
            "Q: When is it out?",
            "The BBC has not said. Spring looks likely.",
            "Q: Can you watch it abroad?",
            "Only in the UK for now, on iPlayer.",
            "Q: Who is back?",
            "Kestle Trewin returns as Mara Joss.",
            date="2026-03-02",
            title="Gannet Row series four: everything we know",
        )
    )
    assert not [t for t, _ in found if t.startswith(("The BBC has", "Only in the"))], found
