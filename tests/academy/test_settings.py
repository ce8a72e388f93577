"""Production settings refuse to start without their secrets and pass `check --deploy` with them."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROD_ENV = {
    "DJANGO_SECRET_KEY": "x" * 60 + "a-long-random-production-secret-for-the-check",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/test",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "ALLOWED_HOSTS": "academie.example.org",
    # A throwaway Ed25519 key (base64url of the 32 raw bytes): only its presence is checked here.
    "CERTIFICATES_SIGNING_KEY": "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",
}


def run_manage(*args, env):
    base = {k: v for k, v in os.environ.items() if k not in PROD_ENV and not k.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "manage.py", *args, "--settings=academy.settings.production"],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_its_environment():
    for missing in PROD_ENV:
        env = {k: v for k, v in PROD_ENV.items() if k != missing}
        result = run_manage("check", env=env)
        assert result.returncode != 0
        assert missing in result.stderr


def test_production_accepts_the_signing_key_as_a_file_path(tmp_path):
    env = {k: v for k, v in PROD_ENV.items() if k != "CERTIFICATES_SIGNING_KEY"}
    env["CERTIFICATES_SIGNING_KEY_FILE"] = str(tmp_path / "key.pem")
    result = run_manage("check", env=env)
    assert "CERTIFICATES_SIGNING_KEY" not in result.stderr, result.stderr


def test_production_passes_check_deploy_without_warnings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PROD_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_does_not_install_the_demo():
    result = run_manage("load_demo", env=PROD_ENV)
    assert result.returncode != 0
    assert "Unknown command: 'load_demo'" in result.stderr, result.stderr
