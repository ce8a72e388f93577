"""Models of the peer_cases app."""
