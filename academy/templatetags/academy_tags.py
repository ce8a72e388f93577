"""Template tags of the site shell: navigation and language links."""

from django import template
from django.conf import settings
from django.urls import translate_url
from wagtail.models import Site

register = template.Library()


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    """Render the pages the home page marks as shown in menus (one query)."""
    request = context["request"]
    site = Site.find_for_request(request)
    items = []
    if site is not None:
        items = list(
            site.root_page.get_children().live().in_menu().only("id", "title", "url_path", "path", "depth")
        )
    return {"request": request, "items": items, "site_root": site.root_page if site else None}


@register.inclusion_tag("includes/language_links.html", takes_context=True)
def language_links(context):
    """Links to the same page in each interface language; plain links work without JavaScript."""
    request = context["request"]
    path = request.get_full_path()
    current = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    return {
        "languages": [
            {"code": code, "name": name, "url": translate_url(path, code), "current": code == current}
            for code, name in settings.LANGUAGES
        ]
    }
