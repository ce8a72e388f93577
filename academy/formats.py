"""How pages and emails write numbers that are not plain text: durations."""

from django.utils.translation import gettext as _


def format_duration(seconds: int | None) -> str:
    """Return a duration as "1 h 05 min", "12 min 30 s" or "45 s" ("" when unknown)."""
    if not seconds:
        return ""
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return _("%(h)d h %(m)02d min") % {"h": hours, "m": minutes}
    if minutes:
        return _("%(m)d min %(s)02d s") % {"m": minutes, "s": secs}
    return _("%(s)d s") % {"s": secs}
