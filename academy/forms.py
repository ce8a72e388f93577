"""Forms of the foundation: the learner profile, at sign-up and on the profile page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from academy.models import Country, User

PROFILE_FIELDS = ["full_name", "country", "organisation", "role", "preferred_language"]


class FullNameMixin:
    """Collapse runs of spaces in the printed name and refuse a blank one."""

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if not name:
            raise forms.ValidationError(_("Please give your full name as it must appear on certificates."))
        return name


class SignupProfileForm(FullNameMixin, forms.Form):
    """Extra sign-up fields (allauth's ACCOUNT_SIGNUP_FORM_CLASS): the learner profile."""

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=User._meta.get_field("full_name").max_length,
        help_text=_("Exactly as it must appear on your certificates."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    country = forms.ModelChoiceField(label=_("Country"), queryset=Country.objects.all(), required=False)
    organisation = forms.CharField(
        label=_("Local government or organisation"),
        max_length=User._meta.get_field("organisation").max_length,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    role = forms.ChoiceField(label=_("Role"), choices=[("", "---------")] + User.Role.choices, required=False)
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=User._meta.get_field("preferred_language").choices,
        initial="fr",
    )

    def signup(self, request, user):
        for name in PROFILE_FIELDS:
            setattr(user, name, self.cleaned_data.get(name) or ("" if name != "country" else None))
        user.save()


class ProfileForm(FullNameMixin, forms.ModelForm):
    """The learner edits their own details."""

    class Meta:
        model = User
        fields = [*PROFILE_FIELDS, "light_mode"]
        widgets = {
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
        }
