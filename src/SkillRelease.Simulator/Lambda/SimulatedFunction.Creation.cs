using System.Text.RegularExpressions;
using SkillRelease.Lambda.Model;

namespace SkillRelease.Simulator.Lambda;

/// <summary>
/// CreateFunction, for a simulator that starts empty (<see cref="SimulatorOptions.Empty"/>): the one function slot is
/// filled as Lambda fills it, Pending (and its first update InProgress) for <see cref="SimulatorOptions.LambdaUpdateDuration"/>,
/// with Lambda's defaults (3 s, 128 MB) where the request names nothing.
/// </summary>
internal sealed partial class SimulatedFunction
{
    private bool _exists;

    /// <summary>False until CreateFunction in a simulator that started empty.</summary>
    public bool Exists
    {
        get
        {
            lock (_gate)
            {
                return _exists;
            }
        }
    }

    public FunctionVersion Create(string name, FunctionCreation creation)
    {
        lock (_gate)
        {
            Settle();
            if (_exists && name == _options.FunctionName)
            {
                throw SimulatedLambdaError.Conflict($"Function already exist: {name}");
            }

            if (name != _options.FunctionName)
            {
                // One function per simulator: a stricter answer than Lambda's, so a mistyped name is not silently a second function.
                throw SimulatedLambdaError.InvalidParameter($"This simulator holds one function, {_options.FunctionName}; it cannot create {name}.");
            }

            if (!RoleArn().IsMatch(creation.Role))
            {
                throw SimulatedLambdaError.Validation($"1 validation error detected: Value '{creation.Role}' at 'role' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{{12}}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
            }

            new ConfigurationChange(creation.Runtime, creation.Handler, creation.MemorySize, creation.Timeout, creation.Variables).Validate();
            ConfigurationChange.ValidateArchitecture(creation.Architecture);
            _exists = true;
            StartUpdate(_latest with
            {
                CodeSha256 = Sha256(creation.Zip),
                CodeSize = creation.Zip.Length,
                Runtime = creation.Runtime,
                Handler = creation.Handler,
                Role = creation.Role,
                MemorySize = creation.MemorySize ?? 128,
                Timeout = creation.Timeout ?? 3,
                Architecture = creation.Architecture ?? "x86_64",
                Environment = creation.Variables ?? new Dictionary<string, string>(),
                Description = creation.Description ?? "",
                State = FunctionStates.Pending,
            });
            return _latest;
        }
    }

    [GeneratedRegex(@"^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+$")]
    private static partial Regex RoleArn();
}
