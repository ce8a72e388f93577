"""Models of the peer_cases app: case-study pages and the peer analyses learners write about them."""

from .analyses import PeerAnalysis
from .pages import (
    CaseStudyDocument,
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyPhoto,
    CooperationType,
)

__all__ = [
    "CaseStudyDocument",
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "CaseStudyPhoto",
    "CooperationType",
    "PeerAnalysis",
]
