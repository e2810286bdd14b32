"""Ingestion: article files in ``seeds/`` become knowledge.

Follow a file: :mod:`.watcher` notices it, :mod:`.scan` lists it, :mod:`.seedfile` parses it,
:mod:`bot.extract` finds its facts, :mod:`.pipeline` writes them (with the alerts hook in the
same transaction) and :mod:`.reconcile` decides which names are the same person.
"""
