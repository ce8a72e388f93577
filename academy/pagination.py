"""The one way lists are paginated: a page number from the URL that can never break the page."""

from django.core.paginator import Page, Paginator
from django.http import QueryDict

PAGE_PARAM = "page"


def page_of(items, params: QueryDict, *, per_page: int) -> Page:
    """Return the page the URL asks for: the first when the number is malformed, the last past the end."""
    return Paginator(items, per_page).get_page(params.get(PAGE_PARAM))


def query_without_page(params: QueryDict) -> str:
    """The URL's other parameters, encoded, for the pagination links to keep (includes/pagination.html)."""
    query = params.copy()
    query.pop(PAGE_PARAM, None)
    return query.urlencode()
