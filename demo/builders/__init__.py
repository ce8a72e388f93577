"""One builder module per app; importing this package registers them all (see demo.registry)."""

from demo.builders import academy, certificates, courses, peer_cases, video  # noqa: F401
