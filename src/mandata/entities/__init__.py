"""Entity data: names of States, United Nations organs and offices, and other organizations.

- ``curated_states``: the UN's own names of the States in six languages, written by hand.
- ``states``: reads ``states.tsv``, written by ``scripts/gen_entities.py`` from ``curated_states``
  and pycountry.
- ``bodies``: UN organs, offices, posts, agencies and other organizations, written by hand.
- ``inflect``: the forms names take in running text (Russian cases, Arabic attached particles).

The matcher is :mod:`mandata.analyze.entities`.
"""
