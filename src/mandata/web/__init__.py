"""The web face of the registry: a JSON API and server-rendered pages, served by ``mandata serve``."""
