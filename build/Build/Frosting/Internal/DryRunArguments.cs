using Cake.Core;

namespace Cake.Frosting.Internal;

/// <summary>The task arguments plus <c>dryrun</c>, which the host itself consumed, so a context can read it.</summary>
internal sealed class DryRunArguments(ICakeArguments inner) : ICakeArguments
{
    public const string Name = "dryrun";

    public bool HasArgument(string name) => IsDryRun(name) || inner.HasArgument(name);

    public ICollection<string> GetArguments(string name) => IsDryRun(name) ? ["true"] : inner.GetArguments(name);

    public IDictionary<string, ICollection<string>> GetArguments()
    {
        var all = new Dictionary<string, ICollection<string>>(inner.GetArguments(), StringComparer.OrdinalIgnoreCase) { [Name] = ["true"] };
        return all;
    }

    private static bool IsDryRun(string name) => string.Equals(name, Name, StringComparison.OrdinalIgnoreCase);
}
