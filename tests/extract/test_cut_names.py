"""Names written only inside longer ones name nobody (bot.extract.cut_names)."""

from bot.extract.cut_names import cut_company, cut_name


def test_a_name_written_only_before_a_hyphen_is_cut() -> None:
    text = "Mina Park-lee directs. Mina Park-lee said the shoot was long."
    assert cut_name(text, "Mina Park")


def test_a_name_also_written_whole_is_not_cut() -> None:
    text = "Mina Park-lee directs. Her sister Mina Park produces."
    assert not cut_name(text, "Mina Park")


def test_a_name_ending_on_a_particle_before_a_prefixed_surname_is_cut() -> None:
    assert cut_name("Seán Ó hEochaidh wrote it.", "Seán Ó")


def test_a_single_word_or_an_absent_name_is_never_cut() -> None:
    assert not cut_name("Park-lee directs.", "Park")
    assert not cut_name("Nobody is named here.", "Mina Park")


def test_a_company_written_only_after_an_ampersand_is_cut() -> None:
    text = "Harrow & Vine Pictures made it, Harrow & Vine Pictures said."
    assert cut_company(text, "Vine Pictures")
    assert not cut_name(text, "Vine Pictures")


def test_a_company_also_written_alone_is_not_cut() -> None:
    text = "Harrow & Vine Pictures made it. Vine Pictures, its sister label, said so."
    assert not cut_company(text, "Vine Pictures")
