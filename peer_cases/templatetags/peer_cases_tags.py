"""Template tags other apps use to show case studies, so they never import peer_cases code."""

from django import template

from peer_cases.selectors import cases_for_module as select_cases_for_module

register = template.Library()


@register.inclusion_tag("peer_cases/includes/cases_for_module.html", takes_context=True)
def cases_for_module(context, module):
    """Render the case studies linked to a module: `{% load peer_cases_tags %}{% cases_for_module page %}`."""
    return {"request": context.get("request"), "cases": list(select_cases_for_module(module=module))}
