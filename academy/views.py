"""Views of the foundation: the learner's profile and site search."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Page

from academy.forms import ProfileForm
from academy.pagination import page_of

SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_RESULTS_PER_PAGE = 10


@login_required
def profile(request):
    """Show and update the signed-in learner's profile."""
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("Your profile has been saved."))
            return redirect("profile")
        messages.error(request, _("Please correct the errors below."))
    return render(request, "academy/profile.html", {"form": form})


@require_GET
def search(request):
    """Full-text search over live, public pages (Postgres full-text when on Postgres)."""
    query = request.GET.get("q", "").strip()[:SEARCH_QUERY_MAX_LENGTH]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().specific().search(query)
    page = page_of(results, request.GET, per_page=SEARCH_RESULTS_PER_PAGE)
    context = {"query": query, "page_obj": page, "query_string": urlencode({"q": query})}
    return render(request, "academy/search.html", context)
