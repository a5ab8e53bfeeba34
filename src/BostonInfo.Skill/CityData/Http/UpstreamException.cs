namespace BostonInfo.Skill.CityData.Http;

/// <summary>
/// A city data service could not answer: unreachable, too slow, an error status, or a body in an unexpected
/// shape. The message names the service and what went wrong, never the request's URL (it can hold an address).
/// </summary>
public sealed class UpstreamException : Exception
{
    public UpstreamException(string upstream, string problem, Exception? inner = null)
        : base($"{upstream}: {problem}", inner)
    {
    }
}
