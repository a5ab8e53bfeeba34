namespace Benchmarks;

/// <summary>
/// Writes the sections of a partial run (<c>bench --bench-section …</c>) into an existing docs/benchmarks.md: each
/// section's table replaces the table of the same title (or goes before the notes), and each note replaces the note
/// with the same label (its text before the first colon). Everything else, including the machine table of the full
/// run, stays as it was, so a reader sees which figures came from which run by the section's own note.
/// </summary>
public static class BenchmarkMarkdownMerge
{
    private const string SectionStart = "\n## ";
    private const string NotesHeading = "Notes";

    public static string Merge(string existing, string partial)
    {
        var document = Split(existing);
        var previous = string.Empty;
        foreach (var (title, body) in Split(partial).Skip(1))
        {
            if (title == NotesHeading)
            {
                continue;
            }

            var index = document.FindIndex(section => section.Title == title);
            if (index >= 0)
            {
                document[index] = (title, body);
            }
            else
            {
                // After the section the run wrote before it (the order a full run has), else before the notes.
                var after = document.FindIndex(section => section.Title == previous);
                var notes = document.FindIndex(section => section.Title == NotesHeading);
                document.Insert(after > 0 ? after + 1 : notes >= 0 ? notes : document.Count, (title, body));
            }

            previous = title;
        }

        var merged = MergeNotes(document.FirstOrDefault(s => s.Title == NotesHeading).Body, Split(partial).FirstOrDefault(s => s.Title == NotesHeading).Body);
        if (merged is not null)
        {
            var notesIndex = document.FindIndex(section => section.Title == NotesHeading);
            if (notesIndex >= 0)
            {
                document[notesIndex] = (NotesHeading, merged);
            }
            else
            {
                document.Add((NotesHeading, merged));
            }
        }

        return string.Concat(document.Select((section, i) => i == 0 ? section.Body : SectionStart + section.Title + section.Body));
    }

    /// <summary>The preamble (title ""), then each "## Title" section with its body (the text after the heading).</summary>
    private static List<(string Title, string Body)> Split(string markdown)
    {
        var parts = markdown.Split(SectionStart);
        var sections = new List<(string Title, string Body)> { (string.Empty, parts[0]) };
        foreach (var part in parts.Skip(1))
        {
            var end = part.IndexOf('\n', StringComparison.Ordinal);
            sections.Add(end < 0 ? (part, string.Empty) : (part[..end], part[end..]));
        }

        return sections;
    }

    private static string? MergeNotes(string? existing, string? partial)
    {
        if (partial is null)
        {
            return existing;
        }

        var notes = Bullets(existing ?? string.Empty);
        foreach (var note in Bullets(partial))
        {
            var index = notes.FindIndex(old => Label(old) == Label(note));
            if (index >= 0)
            {
                notes[index] = note;
            }
            else
            {
                notes.Add(note);
            }
        }

        return "\n\n" + string.Join('\n', notes) + "\n";
    }

    private static List<string> Bullets(string body) =>
        body.Split('\n').Where(line => line.StartsWith("- ", StringComparison.Ordinal)).ToList();

    private static string Label(string bullet) => bullet.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? bullet[..colon] : bullet;
}
