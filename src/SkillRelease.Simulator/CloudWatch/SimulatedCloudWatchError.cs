namespace SkillRelease.Simulator.CloudWatch;

/// <summary>A refusal in CloudWatch's words: status, the error shape's name and its query-compatible code.</summary>
internal sealed class SimulatedCloudWatchError(int status, string type, string queryCode, string message) : Exception(message)
{
    public int Status { get; } = status;

    /// <summary>The error shape, e.g. <c>InvalidParameterValueException</c>.</summary>
    public string Type { get; } = type;

    /// <summary>What a query-mode client reads from <c>x-amzn-query-error</c>, e.g. <c>InvalidParameterValue</c>.</summary>
    public string QueryCode { get; } = queryCode;

    public static SimulatedCloudWatchError InvalidParameter(string message) => new(400, "InvalidParameterValueException", "InvalidParameterValue", message);

    public static SimulatedCloudWatchError MissingParameter(string message) => new(400, "MissingRequiredParameterException", "MissingParameter", message);
}
