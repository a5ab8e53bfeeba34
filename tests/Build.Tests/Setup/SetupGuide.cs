using System.Text.RegularExpressions;

namespace Build.Tests.Setup;

/// <summary>
/// docs/setup.md's <c>bash</c> blocks, each with the marker before it: <c>&lt;!-- setup-test: run --&gt;</c>,
/// <c>&lt;!-- setup-test: run; doctor may fail on: ROW, ROW --&gt;</c> or <c>&lt;!-- setup-test: skip (WHY) --&gt;</c>.
/// A block without a marker is an error: every command the page gives is either run by the test or says why not.
/// </summary>
internal static partial class SetupGuide
{
    public static IReadOnlyList<SetupBlock> Read(string markdown)
    {
        var lines = markdown.Split('\n');
        var blocks = new List<SetupBlock>();
        string? marker = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (Marker().Match(line) is { Success: true } found)
            {
                marker = found.Groups[1].Value.Trim();
                continue;
            }

            if (line.TrimStart() != "```bash")
            {
                if (line.Trim().Length > 0)
                {
                    marker = null;
                }

                continue;
            }

            var indent = line.Length - line.TrimStart().Length;
            var body = new List<string>();
            for (i++; i < lines.Length && lines[i].TrimEnd('\r').Trim() != "```"; i++)
            {
                var text = lines[i].TrimEnd('\r');
                body.Add(text.Length >= indent ? text[indent..] : text.TrimStart());
            }

            blocks.Add(new SetupBlock(i - body.Count, string.Join('\n', body), marker));
            marker = null;
        }

        return blocks;
    }

    [GeneratedRegex(@"^\s*<!--\s*setup-test:\s*(.*?)\s*-->\s*$")]
    private static partial Regex Marker();
}
