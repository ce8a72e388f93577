#!/usr/bin/env python3
"""`make bench`: page weight (shared pageweight.py) and throughput (throughput.sh) against `make serve`.

Starts the production-like server itself unless one already answers, measures every page of
bench/pages.json (signed-in pages as the demo learner), prints one table and writes bench/results.json.
Throughput is quoted beside a bare Django view measured in the same run, since absolute req/s drift
on a shared 2-core machine.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from demo.data import load  # noqa: E402 - the repository root is on the path only now

LEARNER = ("learner@example.org", load("academy/accounts")["password"])


def server_up(base: str) -> bool:
    try:
        with urllib.request.urlopen(base + "/bench/bare/", timeout=2) as response:  # noqa: S310 (http only)
            return response.status == 200
    except OSError:
        return False


def start_server(args) -> subprocess.Popen | None:
    base = f"http://{args.host}:{args.port}"
    if server_up(base):
        print(f"Using the server already running at {base}", file=sys.stderr)
        return None
    log = open(ROOT / "bench" / "serve.log", "w")  # noqa: SIM115 - lives as long as the server
    proc = subprocess.Popen(
        ["make", "serve", f"HOST={args.host}", f"PORT={args.port}"],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    for _ in range(120):
        if server_up(base):
            return proc
        if proc.poll() is not None:
            sys.exit(
                f"make serve exited early; see {ROOT / 'bench' / 'serve.log'} (did you run make demo first?)"
            )
        time.sleep(1)
    sys.exit("make serve did not answer within 120 s")


def _login_options(base: str) -> list[str]:
    """pageweight.py's options to sign in as the demo learner through the login form."""
    return [
        "--login-url",
        base + "/compte/login/",
        "--username",
        LEARNER[0],
        "--password",
        LEARNER[1],
        "--submit-selector",
        "form.form button[type=submit]",
        "--login-done-url",
        r"^(?!.*login).*$",
    ]


def pageweight(args, pages, login: bool) -> list[dict]:
    if not pages:
        return []
    out = Path(tempfile.mkstemp(suffix=".json")[1])
    base = f"http://{args.host}:{args.port}"
    cmd = [
        sys.executable,
        str(Path(args.shared) / "bench" / "pageweight.py"),
        "--json",
        str(out),
        "--runs",
        str(args.runs),
        "--screenshot-dir",
        str(ROOT / "bench" / "screens"),
    ]
    if login:
        cmd += _login_options(base)
    cmd += [f"{p['label']}={base}{p['path']}" for p in pages]
    subprocess.run(cmd, check=True, stdout=sys.stderr)
    return json.loads(out.read_text())["results"]


def throughput(args, label: str, path: str, cookie: str = "") -> dict:
    url = f"http://{args.host}:{args.port}{path}"
    cmd = ["bash", str(Path(args.shared) / "bench" / "throughput.sh"), url, str(args.seconds)]
    if cookie:
        cmd.append(cookie)
    line = (
        subprocess.run(cmd, check=True, capture_output=True, text=True, env={**os.environ, "LABEL": label})
        .stdout.strip()
        .splitlines()[-1]
    )
    fields = dict(re.findall(r"(\w+)=([\w.]+)", line))
    return {
        "rps": float(fields["rps"]),
        "p50_ms": float(fields["p50"].rstrip("ms")),
        "status": fields["status"],
    }


def learner_cookie(args) -> str:
    """Sign in as the demo learner with pageweight's login, for throughput of signed-in pages."""
    path = Path(tempfile.mkstemp(suffix=".txt")[1])
    base = f"http://{args.host}:{args.port}"
    subprocess.run(
        [
            sys.executable,
            str(Path(args.shared) / "bench" / "pageweight.py"),
            "--modes",
            "fast",
            *_login_options(base),
            "--cookie-out",
            str(path),
            f"probe={base}/",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return path.read_text().strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", default="8000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration per page")
    parser.add_argument("--only", help="regex of page labels to measure")
    args = parser.parse_args()

    spec = json.loads((ROOT / "bench" / "pages.json").read_text())
    pages = [p for p in spec["pages"] if not args.only or re.search(args.only, p["label"])]
    server = start_server(args)
    try:
        weights = {
            r["label"]: r for r in pageweight(args, [p for p in pages if not p.get("auth")], login=False)
        }
        weights |= {r["label"]: r for r in pageweight(args, [p for p in pages if p.get("auth")], login=True)}
        cookie = learner_cookie(args) if any(p.get("auth") for p in pages) else ""
        reference = throughput(args, spec["reference"]["label"], spec["reference"]["path"])
        rows = []
        for p in pages:
            w = weights[p["label"]]
            fast, slow = w.get("fast", {}), w.get("slow", {})
            tp = throughput(args, p["label"], p["path"], cookie if p.get("auth") else "")
            kb = round(fast.get("bytes", 0) / 1024, 1)
            row = {
                "page": p["label"],
                "path": p["path"],
                "requests": fast.get("requests"),
                "kb_on_wire": kb,
                "media_bytes": fast.get("by_type", {}).get("media", {}).get("bytes", 0),
                "settled_slow_s": round((slow.get("settled_ms") or 0) / 1000, 2),
                "rps": tp["rps"],
                "rps_vs_bare": round(tp["rps"] / reference["rps"], 2),
                "status": tp["status"],
                "budget_kb": p.get("budget_kb"),
                "budget_requests": p.get("budget_requests"),
            }
            row["within_budget"] = (p.get("budget_kb") is None or kb <= p["budget_kb"]) and (
                p.get("budget_requests") is None or (row["requests"] or 0) <= p["budget_requests"]
            )
            rows.append(row)
    finally:
        if server is not None:
            os.killpg(server.pid, 15)

    header = (
        f"{'page':<22}{'req':>5}{'KB':>8}{'media B':>9}{'settled slow':>14}{'req/s':>9}{'vs bare':>9}  budget"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        budget = "" if r["budget_kb"] is None else f"≤{r['budget_kb']} KB/≤{r['budget_requests']} req "
        budget += "ok" if r["within_budget"] else "OVER"
        print(
            f"{r['page']:<22}{r['requests']:>5}{r['kb_on_wire']:>8}{r['media_bytes']:>9}"
            f"{r['settled_slow_s']:>12.2f} s{r['rps']:>9.0f}{r['rps_vs_bare']:>9.2f}  {budget}"
        )
    print(f"{'(bare view)':<22}{'':>5}{'':>8}{'':>9}{'':>14}{reference['rps']:>9.0f}{1:>9.2f}")
    result = {
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "reference_rps": reference["rps"],
        "pages": rows,
    }
    (ROOT / "bench" / "results.json").write_text(json.dumps(result, indent=1))
    print(f"\nWritten to {ROOT / 'bench' / 'results.json'}")


if __name__ == "__main__":
    main()
