"""Dates as credentials write them: UTC, to the second, with a `Z`."""

from datetime import UTC, datetime


def isoformat(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_datetime(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
