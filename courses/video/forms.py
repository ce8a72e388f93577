"""Forms of the video library: the catalogue filters (GET, no CSRF so the page stays cacheable)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.video.models import Video


class LibraryFilterForm(forms.Form):
    """Filter and sort the catalogue; an unknown value is an error shown next to its field, never a 500."""

    q = forms.CharField(label=_("Search (titles, descriptions, transcripts)"), required=False, max_length=200)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    language = forms.ChoiceField(label=_("Language"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[("newest", _("Newest")), ("views", _("Most viewed"))],
    )

    def __init__(self, *args, facets: dict, **kwargs):
        super().__init__(*args, **kwargs)
        every = [("", _("All"))]
        self.fields["theme"].choices = every + facets["themes"]
        self.fields["year"].choices = every + [(str(y), str(y)) for y in facets["years"]]
        self.fields["language"].choices = every + facets["languages"]
        self.fields["kind"].choices = every + list(Video.Kind.choices)

    def filters(self) -> dict:
        """The valid filters; a field with an unknown value is simply left out."""
        data = self.cleaned_data if self.is_bound and hasattr(self, "cleaned_data") else {}
        return {
            "query": data.get("q", "") or "",
            "theme": data.get("theme", "") or "",
            "year": data.get("year"),
            "language": data.get("language", "") or "",
            "kind": data.get("kind", "") or "",
            "sort": data.get("sort") or "newest",
        }
