"""Security properties of the GitHub Actions workflows, so a later edit cannot quietly widen them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

WORKFLOWS = Path(__file__).resolve().parents[2] / ".github" / "workflows"
WRITE_SCOPES = {"pages", "id-token", "contents", "actions", "checks", "deployments", "issues", "packages",
                "pull-requests", "security-events", "statuses", "attestations", "discussions"}  # fmt: skip


def load(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as True
    return data


def writes(permissions) -> set[str]:
    if permissions in ("write-all",):
        return WRITE_SCOPES
    return {scope for scope, level in (permissions or {}).items() if level == "write"}


def steps(job: dict) -> list[dict]:
    return job.get("steps", [])


@pytest.mark.parametrize("path", sorted(WORKFLOWS.glob("*.y*ml")), ids=lambda p: p.name)
def test_no_pull_request_target_anywhere(path):
    assert "pull_request_target" not in path.read_text(encoding="utf-8")


def test_ci_runs_make_test_on_pull_requests_and_pushes_read_only():
    ci = load("ci.yml")
    assert {"pull_request", "push"} <= set(ci["on"])
    assert ci["permissions"] == {"contents": "read"}
    for job in ci["jobs"].values():
        assert not writes(job.get("permissions")), "CI jobs must not ask for write access"
    commands = " ".join(step.get("run", "") for job in ci["jobs"].values() for step in steps(job))
    assert ".ci/run" in commands or "make test" in commands


def test_deploy_builds_with_full_history_and_only_the_deploy_job_can_publish():
    deploy = load("deploy.yml")
    assert deploy["on"]["push"]["branches"] == ["main"] and "workflow_dispatch" in deploy["on"]
    assert not writes(deploy.get("permissions")), "top-level permissions must grant nothing"
    assert deploy["concurrency"]["group"] and deploy["concurrency"]["cancel-in-progress"] is False

    jobs = deploy["jobs"]
    publishers = [name for name, job in jobs.items() if writes(job.get("permissions"))]
    assert publishers == ["deploy"]
    assert writes(jobs["deploy"]["permissions"]) == {"pages", "id-token"}
    assert [s["uses"].split("@")[0] for s in steps(jobs["deploy"]) if "uses" in s] == ["actions/deploy-pages"]

    build = jobs["build"]
    checkout = next(s for s in steps(build) if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0
    assert any(s.get("uses", "").startswith("actions/upload-pages-artifact@") for s in steps(build))
    assert any("make pdf" in s.get("run", "") for s in steps(build)), "the deploy builds the site and its PDF"
