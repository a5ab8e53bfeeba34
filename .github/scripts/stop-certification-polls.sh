#!/usr/bin/env bash
# stop-certification-polls.sh
# Called after a poll found nothing in flight: turns the certification schedule off, so that a repository with no
# release in certification runs no scheduled job at all. release.yml turns it on again after every cut-release.
# A release run that is queued or running may be about to put a release in flight, so then the schedule stays on
# and the next poll decides again. Needs: gh with GH_TOKEN (actions: write), jq, GITHUB_REPOSITORY.
set -euo pipefail

releases="$(gh api "repos/$GITHUB_REPOSITORY/actions/workflows/release.yml/runs?per_page=20")"
unfinished="$(jq -r '[.workflow_runs[] | select(.status != "completed")] | length' <<< "$releases")"
if (( unfinished > 0 )); then
  echo "Nothing is in certification, but $unfinished release run(s) have not finished: the schedule stays on."
  exit 0
fi

gh api --method PUT "repos/$GITHUB_REPOSITORY/actions/workflows/certification.yml/disable"
echo "Nothing is in flight: the certification schedule is off until the next cut-release turns it on."
