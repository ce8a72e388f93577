"""The dashboard and the cycle page cost the same number of queries with 2 and with 20 modules."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services

from .conftest import lessons_of, modules_of

pytestmark = pytest.mark.django_db


def _queries(client, url) -> int:
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def _signed_in_with_progress(client, make_user, cycle):
    user = make_user()
    services.enrolment_create(user=user, cycle=cycle)
    for module in modules_of(cycle)[:2]:
        services.lesson_complete(user=user, lesson=lessons_of(module)[0])
    client.force_login(user)


@pytest.mark.parametrize("where", ["dashboard", "cycle page", "anonymous cycle page"])
def test_query_count_does_not_grow_with_modules(client, make_cycle, make_user, settings, where):
    settings.ANONYMOUS_PAGE_CACHE = False  # count the page's own queries, not a cache hit
    small, large = make_cycle(modules=2, lessons=2), make_cycle(modules=20, lessons=2)
    counts = []
    for cycle in (small, large):
        client.logout()
        if where != "anonymous cycle page":
            _signed_in_with_progress(client, make_user, cycle)
        url = reverse("courses:dashboard") if where == "dashboard" else cycle.url
        counts.append(_queries(client, url))
    assert counts[0] == counts[1], counts


def test_dashboard_with_several_cycles_stays_flat(
    client, make_cycle, make_user, django_assert_max_num_queries
):
    user = make_user()
    client.force_login(user)
    for _ in range(3):
        services.enrolment_create(user=user, cycle=make_cycle(modules=2, lessons=1))
    client.get(reverse("courses:dashboard"))
    with django_assert_max_num_queries(14):
        client.get(reverse("courses:dashboard"))
