namespace SkillRelease.Lambda;

/// <summary>The error types (<c>X-Amzn-ErrorType</c>) the pipeline reacts to. Status codes in lambda-contract.md §1.1.</summary>
public static class LambdaErrorTypes
{
    public const string ResourceNotFound = "ResourceNotFoundException";
    public const string ResourceConflict = "ResourceConflictException";
    public const string PreconditionFailed = "PreconditionFailedException";
    public const string TooManyRequests = "TooManyRequestsException";
    public const string InvalidParameterValue = "InvalidParameterValueException";
    public const string InvalidSignature = "InvalidSignatureException";
    public const string Service = "ServiceException";

    /// <summary>Not a wire error: the waiter saw <c>LastUpdateStatus=Failed</c> and no reason code came with it.</summary>
    public const string FunctionUpdateFailed = "FunctionUpdateFailed";
}
