"""The Cooperation Academy project package and its foundation app."""

from .celery import app as celery_app

__all__ = ("celery_app",)
