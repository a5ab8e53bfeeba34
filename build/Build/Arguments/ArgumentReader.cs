using System.Globalization;

namespace Build.Arguments;

/// <summary>
/// Reads the task arguments once, before any task runs, and collects every problem instead of stopping at the first,
/// so that one run names every argument to fix (<see cref="ThrowIfAny"/>). Each problem is a sentence that names the
/// argument and says how to fix it. Names are matched without regard to case, as Cake does.
/// </summary>
public sealed class ArgumentReader
{
    private readonly Dictionary<string, IReadOnlyList<string>> _arguments;
    private readonly List<string> _problems = [];

    public ArgumentReader(IEnumerable<KeyValuePair<string, ICollection<string>>> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        _arguments = arguments.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)[.. pair.Value], StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<string> Problems => _problems;

    public bool Has(string name) => _arguments.ContainsKey(name);

    /// <summary>The last value given (<c>--name a --name b</c> is b, as in Cake), or null.</summary>
    public string? Text(string name) => _arguments.GetValueOrDefault(name) is [.., var last] ? last : null;

    /// <summary>Every value of a repeatable argument.</summary>
    public IReadOnlyList<string> All(string name) => _arguments.GetValueOrDefault(name) ?? [];

    /// <summary>A bare switch (<c>--plan</c>), or one given <c>true</c>/<c>false</c>.</summary>
    public bool Flag(string name) => Has(name) && !string.Equals(Text(name), "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>], or null when not given.</summary>
    public double? Number(string name, double min, double max, string example)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return Problem<double?>($"--{name} '{text}' is not a number: give one between {Show(min)} and {Show(max)}, e.g. --{name} {example}.");
        }

        return value >= min && value <= max
            ? value
            : Problem<double?>($"--{name} must be between {Show(min)} and {Show(max)}, not {Show(value)}: e.g. --{name} {example}.");
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>], or <paramref name="fallback"/> when not given.</summary>
    public int Whole(string name, int fallback, int min, int max, string example)
    {
        if (Text(name) is not { } text)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : Problem<int>($"--{name} '{text}' is not a whole number {(max == int.MaxValue ? $"of at least {Show(min)}" : $"from {Show(min)} to {Show(max)}")}: e.g. --{name} {example}.", fallback);
    }

    /// <summary>One of <paramref name="choices"/> (any case), or <paramref name="fallback"/> when not given.</summary>
    public T Choice<T>(string name, T fallback, IReadOnlyDictionary<string, T> choices, string meaning)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (Text(name) is not { } text)
        {
            return fallback;
        }

        return choices.FirstOrDefault(choice => string.Equals(choice.Key, text, StringComparison.OrdinalIgnoreCase)) is { Key: not null } found
            ? found.Value
            : Problem<T>($"--{name} '{text}' is not known: use {meaning}.", fallback);
    }

    /// <summary>A value one of our parsers reads; its refusal (a <typeparamref name="TRefusal"/>, whose message says how to fix it) is a problem.</summary>
    public T? Parse<T, TRefusal>(string text, Func<string, T> parse)
        where T : class
        where TRefusal : Exception
    {
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            return parse(text);
        }
        catch (TRefusal refusal)
        {
            return Problem<T?>(refusal.Message);
        }
    }

    /// <summary>Records a problem (a sentence that says how to fix it) and gives <paramref name="fallback"/> back.</summary>
    public T Problem<T>(string sentence, T fallback = default!)
    {
        _problems.Add(sentence);
        return fallback;
    }

    /// <summary>Every problem found, in one exception; nothing when all arguments were good.</summary>
    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new TaskArgumentsException(_problems);
        }
    }

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
