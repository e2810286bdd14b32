"""Ingestion: article files in ``seeds/`` become knowledge.

Follow a file: :mod:`.watcher` notices it, :mod:`.scan` lists it, :mod:`.seedfile` parses it,
:mod:`bot.extract` finds its facts, :mod:`.pipeline` writes them, with :mod:`.ledger` saying
what a new article changed (:mod:`.changes`) for the alerts hook in the same transaction, and
:mod:`.reconcile` decides which names are the same person (:mod:`.clusters`,
:mod:`.similarity`); :mod:`.entities` stores the people and characters.
"""
