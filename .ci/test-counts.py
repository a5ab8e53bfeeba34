#!/usr/bin/env python3
"""Counts the outcomes in the TRX files under a folder.

test-counts.py FOLDER             prints one line "N passed, N failed[, N skipped]" (.ci/run's closing line)
test-counts.py --markdown FOLDER  prints a Markdown table per test project and the failed tests' first message
                                  lines, for a GitHub Actions job summary
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
SKIPPED = ("NotExecuted", "Inconclusive")


def results(folder):
    """(project, test name, outcome, first message line) for every result, projects named after their TRX file."""
    for path in sorted(glob.glob(f"{folder}/**/*.trx", recursive=True)):
        project = os.path.splitext(os.path.basename(path))[0]
        for result in ET.parse(path).getroot().iter(f"{NS}UnitTestResult"):
            message = result.findtext(f"{NS}Output/{NS}ErrorInfo/{NS}Message") or ""
            yield project, result.get("testName"), result.get("outcome"), (message.strip().splitlines() or [""])[0]


def counts(rows):
    """(passed, failed, skipped): anything neither passed nor skipped counts as failed."""
    passed = sum(1 for row in rows if row[2] == "Passed")
    skipped = sum(1 for row in rows if row[2] in SKIPPED)
    return passed, len(rows) - passed - skipped, skipped


def line(rows):
    passed, failed, skipped = counts(rows)
    return f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else "")


def markdown(rows):
    out = ["## Tests", "", f"**{line(rows)}**", "", "| project | passed | failed | skipped |", "|---|---:|---:|---:|"]
    for project in sorted({row[0] for row in rows}):
        passed, failed, skipped = counts([row for row in rows if row[0] == project])
        out.append(f"| {project} | {passed} | {failed} | {skipped} |")
    failures = [row for row in rows if row[2] != "Passed" and row[2] not in SKIPPED]
    if failures:
        out += ["", "### Failed", ""] + [f"- `{row[1]}` ({row[0]}): {row[3]}" for row in failures]
    if not rows:
        out += ["", "No test results were found."]
    return "\n".join(out)


if __name__ == "__main__":
    as_markdown = sys.argv[1] == "--markdown"
    rows = list(results(sys.argv[-1]))
    print(markdown(rows) if as_markdown else line(rows))
