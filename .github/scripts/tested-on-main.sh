#!/usr/bin/env bash
# tested-on-main.sh COMMIT
# Lets a release or a promote go on only with a commit that is on main and that ci.yml, run for a push to main,
# passed. Writes that CI run's id to $GITHUB_OUTPUT as ci-run-id: the run whose lambda-package artifact the release
# job proves its own package identical to. Anything else ends the job with one sentence saying what to do.
# Needs: a checkout with main's history (origin/main), gh with GH_TOKEN (actions: read), jq, GITHUB_REPOSITORY.
set -euo pipefail

commit="$1"
short="${commit:0:7}"
what="${GITHUB_REF_NAME:-$short}"

fail() {
  echo "::error::$1"
  exit 1
}

git cat-file -e "$commit^{commit}" 2>/dev/null || fail "Commit $short is not in this checkout: check out the repository with its history (fetch-depth: 0)."
git rev-parse --verify --quiet origin/main >/dev/null || fail "origin/main is not in this checkout: check out the repository with its history (fetch-depth: 0)."
if ! git merge-base --is-ancestor "$commit" origin/main; then
  fail "Commit $short ($what) is not on main, so it is not released: merge it to main through a pull request, then tag a commit of main (delete this tag with: git push --delete origin $what)."
fi

# The newest run of ci.yml for this commit on a push (a pull request's run tests a merge commit, not this one).
runs="$(gh api "repos/$GITHUB_REPOSITORY/actions/workflows/ci.yml/runs?head_sha=$commit&event=push&per_page=100")"
passed="$(jq -r '[.workflow_runs[] | select(.conclusion == "success")][0].id // empty' <<< "$runs")"
if [[ -n "$passed" ]]; then
  echo "Commit $short is on main and CI passed for it (run $passed)."
  echo "ci-run-id=$passed" >> "$GITHUB_OUTPUT"
  exit 0
fi

latest="$(jq -r '.workflow_runs[0] // empty | "\(.status) \(.conclusion // "none") \(.html_url)"' <<< "$runs")"
case "$latest" in
  "")
    fail "CI has never run for commit $short on main: push it to main (or re-run ci.yml for it) and, once CI has passed, re-run this workflow." ;;
  completed\ *)
    read -r _ conclusion url <<< "$latest"
    fail "CI did not pass for commit $short (conclusion: $conclusion, $url): fix main, then release a commit whose CI passed." ;;
  *)
    read -r status _ url <<< "$latest"
    fail "CI for commit $short has not finished yet (status: $status, $url): re-run this workflow once it has passed." ;;
esac
