"""Forms of the peer_cases app: a learner's structured analysis of a case."""

import re

from django import forms
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from peer_cases.models import PeerAnalysis
from peer_cases.models.analyses import ANALYSIS_FIELD_MAX_LENGTH

MIN_MEANINGFUL_LENGTH = 10
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def plain_text(value: str) -> str:
    """Return the text without markup or control characters: analyses are stored and shown as plain text."""
    text = strip_tags(value or "")
    text = _CONTROL_CHARS.sub("", text)
    # strip_tags leaves a lone "<" that starts no tag; escaping on output handles it.
    return re.sub(r"[ \t]+", " ", text).strip()


class PeerAnalysisForm(forms.ModelForm):
    """A strength, a weakness, an improvement and what the learner would transfer home."""

    class Meta:
        model = PeerAnalysis
        fields = ["strength", "weakness", "improvement", "transfer"]
        widgets = {
            name: forms.Textarea(attrs={"rows": 3, "maxlength": ANALYSIS_FIELD_MAX_LENGTH}) for name in fields
        }
        help_texts = {
            "transfer": _("Think of your own local government: what would you reuse, and how?"),
        }

    def _clean_text(self, name):
        text = plain_text(self.cleaned_data.get(name, ""))
        if len(text) < MIN_MEANINGFUL_LENGTH:
            raise forms.ValidationError(
                _("Write at least %(n)d characters of plain text (HTML is removed)."),
                params={"n": MIN_MEANINGFUL_LENGTH},
            )
        return text

    def clean_strength(self):
        return self._clean_text("strength")

    def clean_weakness(self):
        return self._clean_text("weakness")

    def clean_improvement(self):
        return self._clean_text("improvement")

    def clean_transfer(self):
        return self._clean_text("transfer")
