"""Sign-up, email verification, sign-in and the profile page, including bad input."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from academy.models import User

pytestmark = pytest.mark.django_db

SIGNUP_URL = "/compte/signup/"


def signup_data(**overrides):
    data = {
        "email": "moussa@example.org",
        "full_name": "Moussa Traoré",
        "organisation": "Commune de Ségou",
        "role": "cooperation_officer",
        "preferred_language": "fr",
        "password1": "une-convention-2026",
        "password2": "une-convention-2026",
    }
    data.update(overrides)
    return data


def test_signup_sends_a_confirmation_email_and_keeps_the_profile(
    client, site_tree, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SIGNUP_URL, signup_data())
    assert response.status_code == 302
    user = User.objects.get(email="moussa@example.org")
    assert (user.full_name, user.organisation, user.role) == (
        "Moussa Traoré",
        "Commune de Ségou",
        "cooperation_officer",
    )
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert "confirm-email" in mail.outbox[0].body


def test_confirmed_email_signs_in_and_unconfirmed_cannot(
    client, site_tree, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(SIGNUP_URL, signup_data())
    client.logout()
    response = client.post(
        "/compte/login/", {"login": "moussa@example.org", "password": "une-convention-2026"}
    )
    assert response.status_code == 302 and "confirm-email" in response["Location"]
    key_url = re.search(r"/compte/confirm-email/[^/\s]+/", mail.outbox[-1].body).group(0)
    response = client.post(key_url)
    assert response.status_code == 302
    assert EmailAddress.objects.get(email="moussa@example.org").verified
    assert client.get("/compte/profil/").status_code == 200


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"email": "pas-une-adresse"}, "email", "Saisissez une adresse de courriel valide."),
        ({"password2": "autre-chose-2026"}, "password2", "Vous devez saisir deux fois le même mot de passe."),
        ({"full_name": "A" * 151}, "full_name", "au plus 150 caractères"),
        ({"full_name": "   "}, "full_name", "Champ requis."),
    ],
    ids=["malformed-email", "mismatched-passwords", "over-long-name", "blank-name"],
)
def test_signup_bad_input_gets_a_clear_french_message(client, site_tree, overrides, field, message):
    response = client.post(SIGNUP_URL, signup_data(**overrides))
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors.get(field, []))
    assert message in errors
    assert message.split("«")[0] in response.content.decode()
    assert not User.objects.filter(email=signup_data(**overrides)["email"]).exists() or field == "email"


def test_signup_with_a_taken_email_is_refused_clearly(client, site_tree):
    response = client.post(SIGNUP_URL, signup_data(email="learner@example.org"))
    assert response.status_code == 200
    assert "Un autre utilisateur utilise déjà cette adresse e-mail." in response.content.decode()
    assert User.objects.filter(email="learner@example.org").count() == 1


def test_profile_needs_sign_in(client, site_tree):
    response = client.get("/compte/profil/")
    assert response.status_code == 302
    assert response["Location"].startswith("/compte/login/")


def test_profile_edit_saves_own_details_only(client, make_user):
    me = make_user(full_name="Ancien Nom")
    other = make_user(full_name="Autre Personne")
    client.force_login(me)
    response = client.post(
        reverse("profile"),
        {
            "full_name": "  Nouveau   Nom ",
            "organisation": "Région de Kayes",
            "preferred_language": "pt",
            "role": "elected",
            "email": other.email,
            "is_staff": "on",
        },
    )
    assert response.status_code == 302
    me.refresh_from_db()
    other.refresh_from_db()
    assert (me.full_name, me.organisation, me.preferred_language) == ("Nouveau Nom", "Région de Kayes", "pt")
    assert me.email != other.email and not me.is_staff
    assert other.full_name == "Autre Personne"


def test_profile_bad_input_keeps_what_was_typed(client, make_user):
    me = make_user(full_name="Nom Valide")
    client.force_login(me)
    response = client.post(
        reverse("profile"),
        {"full_name": "x" * 300, "organisation": "Garde ceci", "preferred_language": "klingon"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Garde ceci" in html
    assert "au plus 150 caractères" in html
    assert "Sélectionnez un choix valide" in html
    me.refresh_from_db()
    assert me.full_name == "Nom Valide"


def test_password_reset_sends_a_link_that_sets_a_new_password(
    client, make_user, django_capture_on_commit_callbacks
):
    user = make_user(email="oubli@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/compte/password/reset/", {"email": "oubli@example.org"})
    assert response.status_code == 302
    link = re.search(r"/compte/password/reset/key/\S+/", mail.outbox[-1].body).group(0)
    form_url = client.get(link)["Location"]
    response = client.post(form_url, {"password1": "nouveau-secret-2026", "password2": "nouveau-secret-2026"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("nouveau-secret-2026")


def test_staff_can_set_up_two_factor_authentication(client, site_tree):
    client.force_login(User.objects.get(email="trainer@example.org"))
    assert "Authentification à deux facteurs" in client.get("/compte/profil/").content.decode()
    assert client.get("/compte/2fa/totp/activate/").status_code in (200, 302)
    assert client.get("/compte/2fa/").status_code == 200
