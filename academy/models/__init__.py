"""Foundation models: the user and learner profile, taxonomies, site pages and site settings."""

from .pages import HomePage, StandardPage
from .site_settings import SiteSettings
from .taxonomy import Country, Language, ProjectStage, Theme
from .users import User

__all__ = [
    "Country",
    "HomePage",
    "Language",
    "ProjectStage",
    "SiteSettings",
    "StandardPage",
    "Theme",
    "User",
]
