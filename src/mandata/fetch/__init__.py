"""``mandata fetch``: documents brought in from the UN's document systems, politely and resumably.

One module per service (:mod:`.ods`, :mod:`.undl` with :mod:`.marc`, :mod:`.unxml`, :mod:`.igov`),
one polite HTTP client they all share (:mod:`.http`: a pause between calls to a host, retries with
backoff, a timeout on every call, a negative cache of 404s), the checks that a body is what it
claims to be (:mod:`.checks`), a content-addressed store that keeps every file with where it came
from (:mod:`.store`), the state that lets an interrupted run continue (:mod:`.state`), the run
itself (:mod:`.run`, :mod:`.plan`), the rows the registry keeps of it (:mod:`.provenance`) and the
command (:mod:`.command`). docs/fetch.md describes the services and the choices.
"""
