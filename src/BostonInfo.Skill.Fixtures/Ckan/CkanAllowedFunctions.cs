namespace BostonInfo.Skill.Fixtures.Ckan;

/// <summary>
/// The SQL functions CKAN's DataStore lets datastore_search_sql call: ckanext/datastore/allowed_functions.txt
/// from ckan/ckan, kept verbatim in Fixtures/ckan-allowed-functions.txt (provenance in docs/city-data.md).
/// Matching follows backend/postgres.py: the name in lower case, or the name as written in double quotes.
/// </summary>
public static class CkanAllowedFunctions
{
    private static readonly HashSet<string> Names = FixtureFiles.Text(FixtureFiles.CkanAllowedFunctions)
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .ToHashSet(StringComparer.Ordinal);

    public static bool Allows(string function)
    {
        ArgumentNullException.ThrowIfNull(function);
        return Names.Contains(function.ToLowerInvariant()) || Names.Contains($"\"{function}\"");
    }
}
