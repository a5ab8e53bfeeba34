using SkillRelease.Lambda;

namespace SkillRelease.Simulator.Lambda;

/// <summary>An answer the simulated Lambda refuses with: status, <c>X-Amzn-ErrorType</c> and message, as the real service words them.</summary>
internal sealed class SimulatedLambdaError(int status, string type, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Type { get; } = type;

    public static SimulatedLambdaError NotFound(string message) => new(404, LambdaErrorTypes.ResourceNotFound, message);

    public static SimulatedLambdaError Conflict(string message) => new(409, LambdaErrorTypes.ResourceConflict, message);

    public static SimulatedLambdaError PreconditionFailed(string message) => new(412, LambdaErrorTypes.PreconditionFailed, message);

    public static SimulatedLambdaError InvalidParameter(string message) => new(400, LambdaErrorTypes.InvalidParameterValue, message);

    /// <summary>A body member that breaks the service model's constraints (Lambda answers these as ValidationException).</summary>
    public static SimulatedLambdaError Validation(string message) => new(400, "ValidationException", message);

    public static SimulatedLambdaError StaleRevision(string readWith) => PreconditionFailed(
        $"The Revision Id provided does not match the latest Revision Id. Call the {readWith} API to retrieve the latest Revision Id");
}
