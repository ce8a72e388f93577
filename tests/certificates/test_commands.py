"""The offline verifier, the bulk issuing command and the demo builders."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from certificates import services
from certificates.models import Certificate
from courses.models import ModuleCompletion


def _save_public_files(client, certificate, tmp_path, form="jwt"):
    token = tmp_path / f"certificate.{form}"
    token.write_text(certificate.credential_json if form == "json" else certificate.credential_jwt)
    did = tmp_path / "did.json"
    did.write_bytes(client.get("/.well-known/did.json").content)
    status = tmp_path / "status.jwt"
    status.write_bytes(client.get("/certificats/statut/0/").content)
    return token, did, status


@pytest.mark.parametrize(
    ("form", "proof"),
    [("jwt", "EdDSA signature (VC-JWT)"), ("json", "Data Integrity proof (eddsa-rdfc-2022)")],
)
def test_verify_credential_offline_with_saved_did_document_and_status_list(
    issue, client, tmp_path, form, proof
):
    certificate = issue(full_name="Aminata Diallo")
    token, did, status = _save_public_files(client, certificate, tmp_path, form)
    out = StringIO()
    call_command("verify_credential", str(token), did_document=str(did), status_list=str(status), stdout=out)
    text = out.getvalue()
    assert f"ok   signature: {proof} valid" in text
    assert "The credential is valid." in text
    assert "Aminata Diallo" in text and "did:web:testserver" in text


def test_verify_credential_rejects_a_tampered_or_revoked_credential(issue, client, tmp_path):
    certificate = issue()
    token, did, status = _save_public_files(client, certificate, tmp_path)
    head, body, sig = certificate.credential_jwt.split(".")
    tampered = tmp_path / "tampered.jwt"
    tampered.write_text(".".join([head, body[:-3] + ("x" if body[-3] != "x" else "y") + body[-2:], sig]))
    with pytest.raises(CommandError, match="NOT valid"):
        call_command(
            "verify_credential",
            str(tampered),
            did_document=str(did),
            status_list=str(status),
            stdout=StringIO(),
        )

    services.certificate_revoke(certificate=certificate, by=None, reason="Fraude")
    status.write_bytes(client.get("/certificats/statut/0/").content)
    out = StringIO()
    with pytest.raises(CommandError):
        call_command(
            "verify_credential", str(token), did_document=str(did), status_list=str(status), stdout=out
        )
    assert "FAIL status: revoked" in out.getvalue()


@pytest.mark.django_db(transaction=True)
def test_verify_credential_fetches_over_http_from_a_live_site(issue, live_server, settings):
    settings.WAGTAILADMIN_BASE_URL = (
        live_server.url
    )  # did:web:localhost%3APORT, served over plain HTTP locally
    certificate = issue()
    out = StringIO()
    call_command(
        "verify_credential",
        f"{live_server.url}/certificats/verifier/{certificate.code}/attestation.jwt",
        stdout=out,
    )
    assert "The credential is valid." in out.getvalue()


def test_verify_credential_refuses_a_missing_file():
    with pytest.raises(CommandError, match="No such file"):
        call_command("verify_credential", "/nonexistent/credential.jwt", stdout=StringIO())


def test_issue_certificates_catches_up_and_rerenders_with_the_same_code(
    training, certificate_template, make_user
):
    users = [make_user() for _ in range(3)]
    for user in users:
        ModuleCompletion.objects.create(user=user, module=training["modules"][1])
    out = StringIO()
    call_command("issue_certificates", stdout=out)
    assert "3 certificate(s) issued." in out.getvalue()
    assert Certificate.objects.count() == 3
    call_command("issue_certificates", stdout=StringIO())
    assert Certificate.objects.count() == 3
    certificate = Certificate.objects.first()
    old_pdf = certificate.pdf.name
    call_command("issue_certificates", rerender=True, code=[certificate.code], stdout=out)
    certificate.refresh_from_db()
    assert certificate.pdf.name != old_pdf and not certificate.pdf.storage.exists(old_pdf)
    assert "1 certificate(s) re-rendered." in out.getvalue()


def test_demo_gives_the_learner_a_completed_module_and_its_certificate(site_tree, training):
    from demo.builders.certificates import build_certificate_template, build_learner_certificate

    for _ in range(2):  # idempotent
        build_certificate_template(site_tree)
        build_learner_certificate(site_tree)
    learner = site_tree.objects["learner@example.org"]
    module = training["modules"][0]
    assert ModuleCompletion.objects.filter(user=learner, module=module).exists()
    certificate = Certificate.objects.get(learner=learner)
    assert certificate.is_issued and certificate.module_id == module.pk
    assert certificate.template_revision.object_id == str(site_tree.objects["certificate_template"].pk)
