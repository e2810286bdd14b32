"""Credits of another work or of earlier runs: a crew member's past job "for director X" on an
unquoted title (also named in the headline for her sake: "‘Tide’ DP Y Boards"), a listing's
"‘Title’ (Platform) – directed by X", and "X scored the three series" on a film's page
(invented sentences); a bare "B edited" as one item of a run of credits, and "directed by X from a
screenplay he co-wrote" (X wrote it too), and "Y is cutting, and ..." in a run of credits."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_a_past_job_for_another_titles_director_is_not_ours() -> None:
    found = served_crew(
        "Netflix’s Tallowreach film has rounded out its crew.",
        "Danish cinematographer Mette Sand, who shot the festival title Quarnby for director"
        " Per Holm, will serve as DP.",
        title="‘Tallowreach’ Movie Adds Crew; ‘Quarnby’ DP Mette Sand Boards",
    )
    assert ("director", "Per Holm") not in found


def test_our_titles_director_named_after_for_stays() -> None:
    found = served_crew(
        "Netflix’s Tallowreach film has rounded out its crew.",
        "Mette Sand, who shot Tallowreach for director Per Holm, returns for the film.",
        title="‘Tallowreach’ Movie Adds Crew",
    )
    assert ("director", "Per Holm") in found


def test_a_listings_other_title_directed_by_is_not_ours() -> None:
    found = served_crew(
        "Tallowreach finally has a date, and three docs are worth your evening.",
        "Tallowreach was directed by Nell Rook.",
        "• ‘The Hushed Acre’ (MUBI) – directed by Aino Lahti, about a farm’s last year.",
        title="The Reel: Tallowreach gets a date",
    )
    assert ("director", "Aino Lahti") not in found
    assert ("director", "Nell Rook") in found


def test_earlier_runs_composer_is_not_the_films() -> None:
    found = served_crew(
        "Netflix confirmed the Tallowreach film is coming in spring.",
        "Otto Lemberg scored the three series. Rhea Moss is scoring the film.",
    )
    assert ("composer", "Otto Lemberg") not in found
    assert ("composer", "Rhea Moss") in found


def test_a_composer_back_after_the_first_series_stays() -> None:
    found = served_crew(
        "Tallowreach returns for a second series on Sunday.",
        "Otto Lemberg scored the first series of Tallowreach and has returned for the second.",
    )
    assert ("composer", "Otto Lemberg") in found


def test_a_bare_verb_in_a_run_of_credits() -> None:
    found = served_crew(
        "Tallowreach opens on Friday.",
        "Behind the camera, Orla Vane was director of photography, Ben Sallowby edited and Pia"
        " Latch composed the score.",
    )
    assert {("editor", "Ben Sallowby"), ("composer", "Pia Latch")} <= found


def test_a_bare_verb_before_another_titles_credit_stays_out() -> None:
    found = served_crew(
        "Tallowreach opens on Friday.",
        "In 2019, Ben Sallowby edited and Pia Latch directed Dunwarrow.",
    )
    assert ("editor", "Ben Sallowby") not in found


def test_a_director_from_a_screenplay_he_co_wrote() -> None:
    found = served_crew(
        "Tallowreach has wrapped.",
        "The film, directed by Rhod Grimstow from a screenplay he co-wrote with novelist Cora"
        " Fenwold, stars Ria Tudd as Agnes.",
    )
    assert {("writer", "Rhod Grimstow"), ("director", "Rhod Grimstow")} <= found


def test_a_director_from_a_screenplay_by_another_is_no_writer() -> None:
    found = served_crew(
        "Tallowreach has wrapped.",
        "The film, directed by Rhod Grimstow from a screenplay by Cora Fenwold, stars Ria Tudd.",
    )
    assert ("writer", "Rhod Grimstow") not in found


def test_a_bare_progressive_job_in_a_run_of_credits() -> None:
    found = served_crew(
        "Tallowreach starts shooting in July.",
        "Tam Rook is composing the score, Dev Mall is cutting, and Laurel Ashwin is casting"
        " director.",
    )
    assert ("editor", "Dev Mall") in found


def test_a_bare_progressive_before_a_speaker_is_no_credit() -> None:
    found = served_crew(
        "Tallowreach starts shooting in July.", "In Leeds, Dev Mall is cutting, Ben said."
    )
    assert ("editor", "Dev Mall") not in found
