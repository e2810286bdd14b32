"""In a profile, a quote that speaks of a nearer person, or follows a report of what a nearer
person asked of the subject, is not that nearer person's."""

from tests.extract.helpers import facts


def _served(*paragraphs: str, title: str | None = None) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs, title=title).quotes if q.served}


def test_a_quote_naming_a_nearer_person_by_a_short_name_is_not_theirs() -> None:
    served = _served(
        "Composer Margit Oyelaran-Haug on scoring ‘Brackwater’",
        "Margit Oyelaran-Haug wrote the music for the coastal thriller Brackwater.",
        "She worked with the series' editor, Theodora Quillfeather, who sent her rough cuts. "
        "“Theo’s timing is the timing of the show. I followed it.”",
        "Her colleague, the mixer Maximilian Dorr, kept the levels low. “Max’s instinct was "
        "always to leave room for the waves.”",
    )
    assert served.get("Theo’s timing is the timing of the show. I followed it.") != (
        "Theodora Quillfeather"
    )
    assert served.get("Max’s instinct was always to leave room for the waves.") != (
        "Maximilian Dorr"
    )


def test_a_bare_quote_after_says_that_another_asked_him_is_the_sayers() -> None:
    served = _served(
        "Cinematographer Jaroslav Brennecke on lighting ‘Brackwater’",
        "Jaroslav Brennecke shot the coastal thriller Brackwater last spring.",
        "Brennecke says that Ulrika Fenwood asked him for one thing only: that it should not "
        "look “like a postcard”.",
        "“The pilot had a very warm colour. For the rest we made the light colder and more "
        "honest.”",
    )
    got = served.get(
        "The pilot had a very warm colour. For the rest we made the light colder and more honest."
    )
    assert got != "Ulrika Fenwood"


def test_a_sayer_with_an_accented_capital_keeps_the_bare_quote() -> None:
    served = _served(
        "Editor Øystein Kvalbrenn on cutting ‘Brackwater’",
        "Øystein Kvalbrenn cut the coastal thriller Brackwater in eleven weeks.",
        "Kvalbrenn said Ulrika Fenwood begged him to keep one scene.",
        "“I kept it, and I was right to. It is the best minute in the film.”",
    )
    assert served.get("I kept it, and I was right to. It is the best minute in the film.") != (
        "Ulrika Fenwood"
    )
