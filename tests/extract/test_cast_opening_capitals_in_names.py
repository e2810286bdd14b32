"""A tabloid's opening word set in capitals ("NORA Quill looked thrilled as ...") is the page's
typography, not the name: the actor is Nora Quill. A short capitalised word (an initialism) and a
name that is all capitals are left as written (invented sentences)."""

from __future__ import annotations

from bot.extract.lead_capitals import without_lead_capitals
from tests.extract.helpers import facts


def test_an_opening_capitalised_first_name_is_title_cased() -> None:
    found = facts(
        "NORA Quill looked thrilled as she filmed scenes for the Tern Reach movie on a beach.",
        "The 24-year-old, who plays Ruth Dale in the hit show, was seen with co-star Ivo Sand.",
        title="Nora Quill films Tern Reach on the beach",
    )
    actors = {c.actor for c in found.cast if c.served}
    assert "NORA Quill" not in actors
    assert "Nora Quill" in actors


def test_the_helper_keeps_initialisms_and_all_capitals() -> None:
    assert without_lead_capitals("NORA Quill") == "Nora Quill"
    assert without_lead_capitals("DJ Quill") == "DJ Quill"
    assert without_lead_capitals("NORA QUILL") == "NORA QUILL"
    assert without_lead_capitals("Nora Quill") == "Nora Quill"
