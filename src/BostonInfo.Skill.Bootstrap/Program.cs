using BostonInfo.Skill;
using BostonInfo.Skill.Bootstrap;
using BostonInfo.Skill.Bootstrap.RuntimeApi;

// Lambda starts this process with AWS_LAMBDA_RUNTIME_API set (lambda-contract.md §4.3).
var runtimeApiAddress = Environment.GetEnvironmentVariable("AWS_LAMBDA_RUNTIME_API");
if (string.IsNullOrEmpty(runtimeApiAddress))
{
    Console.Error.WriteLine("AWS_LAMBDA_RUNTIME_API is not set: this is the skill's Lambda custom-runtime bootstrap, started by Lambda (or by the local Runtime API emulator).");
    return 2;
}

var runtimeApi = RuntimeApiClient.For(runtimeApiAddress);
Function function;
try
{
    function = new Function();
}
catch (Exception exception)
{
    await runtimeApi.ReportInitErrorAsync(exception, CancellationToken.None);
    return 1;
}

await new LambdaBootstrap(runtimeApi, function.Handle).RunAsync(CancellationToken.None);
return 0;
