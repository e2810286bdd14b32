"""A title given after "it's called" is a name, not a quote; a line a part speaks over a shot of
the footage, or in the footage's best moment, is the work's, not the actor's quote; a remark an
actor makes about the footage still is."""

from tests.extract.helpers import facts, served_quotes


def test_a_track_title_after_its_called_is_no_quote() -> None:
    found = facts(
        "Quernmoor Lights finally landed on Friday and the thread is busy.",
        "EDIT: Yes, the song over the credits is on the album. It's called \"Salt on the Stairs "
        '(Night Version)". Go stream it.',
    )
    assert served_quotes(found) == []


def test_a_chapter_title_after_is_called_is_no_quote() -> None:
    found = facts(
        "The new Fenmoor Bell novella is out in May.",
        "The final chapter is called: “We row home alone tonight, all of us.”",
    )
    assert [q.doubt for q in found.quotes] == ["a name or words shown in quotation marks"]
    assert served_quotes(found) == []


def test_a_remark_after_someone_called_it_is_still_a_quote() -> None:
    found = facts(
        "Brisa Drun has finished filming Quernmoor Lights.",
        "Drun said: “It's called a ferry drama, but really it is about two sisters.”",
    )
    assert served_quotes(found) == [("It's called ", "Brisa Drun")]


def test_a_line_said_over_the_final_shot_is_no_quote() -> None:
    found = facts(
        "The first full look at Quernmoor Lights arrived on Tuesday.",
        "We only hear him, but the voice belongs to Osgar Drayle-Hale, who plays the Tide Warden. "
        "“You should never have crossed the water, keeper,” he says over the final shot.",
        title="Seven things we learned from the Quernmoor Lights trailer",
    )
    assert served_quotes(found) == []


def test_a_line_said_over_the_closing_scene_by_name_is_no_quote() -> None:
    found = facts(
        "The Quernmoor Lights teaser is here, and it is short.",
        "Ines Vellacourt plays the lighthouse keeper's sister, and the teaser is hers. “Light it, "
        "or we all drown,” Vellacourt says over the closing scene.",
    )
    assert served_quotes(found) == []


def test_words_in_the_trailers_best_moment_are_no_quote() -> None:
    found = facts(
        "Six things we learned from the Quernmoor Lights trailer.",
        "Pella Strand appears as Dr Nora Vik, a tide expert. She gets the trailer's best moment, "
        "calmly explaining that the sea “keeps no secrets, but it keeps the bodies”.",
    )
    assert served_quotes(found) == []


def test_an_actor_remark_on_the_trailer_is_still_a_quote() -> None:
    found = facts(
        "Six things we learned from the Quernmoor Lights trailer.",
        "Pella Strand, who plays Dr Nora Vik, watched the trailer's final cut with us. “I cried "
        "at the last shot, honestly,” she said.",
    )
    assert served_quotes(found) == [("I cried at t", "Pella Strand")]


def test_a_voice_whispering_over_the_opening_shots_is_no_quote() -> None:
    found = facts(
        "The first look at Quernmoor Lights is finally here.",
        "“Twelve boats went out. Eleven came home,” a voice whispers over the opening shots. "
        "Lovely.",
        title="Five things we noticed in the Quernmoor Lights trailer",
    )
    assert served_quotes(found) == []


def test_the_best_line_in_the_whole_trailer_is_no_quote() -> None:
    found = facts(
        "Five things we noticed in the Quernmoor Lights trailer.",
        "Pella Strand plays Nora Vik, the ferry's cook, and gets the best line in the whole "
        "trailer: “You steer, I'll keep us fed and alive.” We are sold.",
    )
    assert served_quotes(found) == []


def test_the_teasers_big_line_is_hers_is_no_quote() -> None:
    found = facts(
        "Five things we noticed in the Quernmoor Lights teaser.",
        "Ines Vellacourt, who plays the keeper's sister, is in every other shot. The teaser's big "
        "line is hers: “The lamp stays lit. We do not.” Brr.",
    )
    assert served_quotes(found) == []


def test_a_line_purred_at_the_end_of_a_trailer_is_no_quote() -> None:
    found = facts(
        "The first look at Quernmoor Lights is finally here.",
        "“Welcome aboard. Mind the rail,” Maelis purrs at the end. We will hear it in our sleep.",
        title="Ten things we learned from the Quernmoor Lights trailer",
    )
    assert served_quotes(found) == []


def test_an_actor_laughing_about_the_teasers_big_scene_is_still_a_quote() -> None:
    found = facts(
        "Five things we noticed in the Fenmoor Bell teaser.",
        "Asked about the teaser's big scene, Orrin Tasse laughed, saying “we did it in one take”.",
    )
    assert served_quotes(found) == [("we did it in", "Orrin Tasse")]


def test_a_remark_said_at_the_end_of_an_interview_is_still_a_quote() -> None:
    found = facts(
        "Cadi Dunworth stars in Fenmoor Bell, whose trailer landed on Monday.",
        "Dunworth was asked about the storm scenes in the trailer. “We shot it in one night,” "
        "she says at the end, laughing.",
    )
    assert served_quotes(found) == [("We shot it i", "Cadi Dunworth")]
