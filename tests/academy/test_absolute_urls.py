"""Absolute URLs: one base URL, the canonical (French, unprefixed) path, whatever language is active."""

from django.utils import translation

from academy.absolute_urls import absolute_url, site_base_url


def test_absolute_urls_use_the_base_url_and_the_canonical_language(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://academie.example.org/"
    assert site_base_url() == "https://academie.example.org"
    canonical = "https://academie.example.org/certificats/verifier/ABC/"
    with translation.override("en"):
        assert absolute_url("certificates:verify", "ABC") == canonical
        assert absolute_url("certificates:verify", code="ABC") == canonical
        assert absolute_url("certificates:mine") == "https://academie.example.org/certificats/"
        assert translation.get_language() == "en"
