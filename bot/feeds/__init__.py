"""News feeds the bot follows: each new entry's page becomes an article file in ``seeds/``.

- :mod:`.checking`: check one feed once (new entries taken, edited ones updated, nothing twice).
- :mod:`.poller`: the task that checks each feed when it is due, while the bot runs.
- :mod:`.following`: what ``/news follow``, ``/news feeds`` and ``/news unfollow`` (and the
  ``feeds`` command line) do.

The files written go through the one pipeline (watcher, ingest, alerts) like any other.
"""
