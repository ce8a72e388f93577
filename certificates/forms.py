"""Forms of the certificates app."""

from django import forms
from django.utils.translation import gettext_lazy as _


class VerifyForm(forms.Form):
    """Type a verification code printed on a certificate."""

    code = forms.CharField(
        label=_("Verification code"),
        max_length=40,
        help_text=_("The ten characters printed under the QR code, for example K7M3Q-9XR2T."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )


class RevokeForm(forms.Form):
    """Revoke a certificate: the reason is shown on the public verification page."""

    reason = forms.CharField(
        label=_("Reason for revocation"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown on the public verification page."),
    )
