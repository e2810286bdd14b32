"""A crew role noun ("the composer is wary ...", "the editor laughs") before a "she says" is
never the actor quoted just before it: an actor credited with a part and no crew job is no
composer, editor or cinematographer, so the pronoun's quote is not theirs. The quote is never
lost: it is the crew member's, or unattributed where the article's subject is not reached."""

from tests.extract.helpers import facts


def _speaker_of(start: str, *paragraphs: str) -> str:
    return next(
        q for q in facts(*paragraphs).quotes if q.served and q.text.startswith(start)
    ).speaker


def test_the_composer_after_an_actors_quote() -> None:
    speaker = _speaker_of(
        "I just hit things",
        "Saoirse Lintel-Abara has never owned a piano; her first instrument was a biscuit tin.",
        "Greta Moss-Vandeleur plays Sergeant Nell Pendrith in Gorsemouth, alongside Tom Ruddle.",
        "Between set-ups Moss-Vandeleur hummed the main theme. “It kept me inside Nell’s "
        "head,” the actor says.",
        "The composer laughs off the compliments. “I just hit things,” she says.",
    )
    assert speaker in {"Saoirse Lintel-Abara", ""}


def test_the_editor_after_an_actresss_quote() -> None:
    speaker = _speaker_of(
        "Mostly I took things out",
        "Fennel Road is the first series Ines Capaldi-Rowe has cut on her own.",
        "Nadia Ozturk-Lindh plays the family's eldest daughter, Ruth.",
        "“I didn’t recognise my own face,” the actress admits.",
        "The editor is wary of the praise her cut has had. “Mostly I took things out,” she said.",
    )
    assert speaker in {"Ines Capaldi-Rowe", ""}


def test_the_cinematographer_after_a_stars_quote() -> None:
    speaker = _speaker_of(
        "The rain was real",
        "Harrow Flats is shot by Brenna Oyelowo-Stark, in black and white.",
        "Its star, Delphine Corrigal-Hale, plays the detective Ivy Shore.",
        "“We froze,” Corrigal-Hale told us. “Every night.”",
        "The cinematographer laughs at that. “The rain was real, which helped,” she says.",
    )
    assert speaker == "Brenna Oyelowo-Stark"
