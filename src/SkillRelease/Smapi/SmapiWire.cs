namespace SkillRelease.Smapi;

/// <summary>
/// SMAPI's reserved words and header names in one place, shared by the client, the release engine and the simulator
/// (smapi-contract.md §1, §4, §6, §7). Paths stay in <see cref="SmapiPaths"/>; stage names in <see cref="Stages"/>;
/// status values in <c>Model/*Statuses</c>. Last checked 2026-11-29 against smapi-contract.md.
/// </summary>
public static class SmapiWire
{
    /// <summary>Real SMAPI answers carry this header on every response (§1); the client logs it, the simulator sends it.</summary>
    public const string RequestIdHeader = "x-amzn-requestid";

    /// <summary>The concurrency guard on manifest and interaction-model PUTs (§4.2, §5).</summary>
    public const string IfMatchHeader = "If-Match";

    /// <summary>The version of a manifest or interaction model a GET or HEAD answers with (§4.1, §5).</summary>
    public const string ETagHeader = "ETag";

    /// <summary>The reserved id that reads the newest validation or certification (§6, §7.5).</summary>
    public const string MostRecent = "mostRecent";

    /// <summary>The reserved id that reads the newest publication or rollback (§7.4).</summary>
    public const string Latest = "~latest";
}
