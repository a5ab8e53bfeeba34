using SkillRelease.Lambda;

namespace SkillRelease.Simulator.RuntimeApi;

/// <summary>How the Runtime API emulator starts.</summary>
public sealed record RuntimeApiOptions
{
    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; }

    /// <summary>Sent with every event as <c>Lambda-Runtime-Invoked-Function-Arn</c>.</summary>
    public string InvokedFunctionArn { get; init; } = LambdaWire.FunctionArn("us-east-1", "123456789012", "boston-info");

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
