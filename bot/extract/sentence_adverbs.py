"""Adverbs that open a sentence before a name, for :data:`bot.extract.lexicon.STOP_TOKENS`.

"Recently Ada Vale was cast as Mira", "Sadly Tom Reed has left" (invented): a capitalised adverb
at a sentence's start is no first name of the person after it. Listed word by word, not as any
word ending in "-ly", which would take Emily, Kelly or Holly too.
"""

from __future__ import annotations

SENTENCE_ADVERBS: frozenset[str] = frozenset(
    """
    Recently Lately Shortly Briefly Presently Apparently Allegedly Interestingly Crucially Sadly
    Happily Famously Surprisingly Unsurprisingly Naturally Intriguingly Importantly Thankfully
    Hopefully Clearly Obviously Certainly Admittedly Curiously Tragically Ironically Oddly
    Understandably Predictably Officially Publicly Privately Personally Honestly Frankly Luckily
    Basically Essentially Effectively Technically Additionally Increasingly Consequently Strangely
    """.split()  # noqa: SIM905
)
