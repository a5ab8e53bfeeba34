using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace SkillRelease.Tests.Lambda.Support;

/// <summary>
/// The pre-installed moto 5 <c>moto_server</c> on a free loopback port: a Lambda control plane nobody here wrote.
/// Each <see cref="ResetAsync"/> wipes it and creates the execution role and the function (moto needs the role to
/// exist in its IAM). moto ignores signatures, so the plain requests here carry a dummy Authorization that only names
/// the service, which is how moto routes them.
/// </summary>
internal sealed class MotoServer : IDisposable
{
    public const string Region = "us-east-1";
    public const string FunctionName = "boston-info";
    private const string RoleName = "boston-info-execution";

    private readonly Process _process;
    private readonly HttpClient _http;

    private MotoServer(Process process, Uri address)
    {
        _process = process;
        Address = address;
        _http = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    /// <summary>Starts moto, or marks the test Ignored when <c>moto_server</c> is not on the PATH.</summary>
    public static async Task<MotoServer> StartAsync()
    {
        var executable = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "moto_server")).FirstOrDefault(File.Exists);
        if (executable is null)
        {
            Assert.Ignore("moto_server (moto 5, part of the machine image) is not on the PATH, so the Lambda client cannot be checked against it here.");
        }

        var port = FreePort();
        var start = new ProcessStartInfo(executable!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-H", "127.0.0.1", "-p", port.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("moto_server did not start.");
        // Drain its request log so a full pipe never blocks it.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var moto = new MotoServer(process, new Uri($"http://127.0.0.1:{port}"));
        await moto.WaitUntilListeningAsync();
        return moto;
    }

    public async Task ResetAsync()
    {
        (await _http.PostAsync("/moto-api/reset", null)).EnsureSuccessStatusCode();
        var role = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Action"] = "CreateRole", ["Version"] = "2010-05-08", ["RoleName"] = RoleName, ["AssumeRolePolicyDocument"] = "{}",
        });
        await SendAsync(HttpMethod.Post, "/", "iam", role);
        // A sized body: moto's development server does not read chunked requests.
        var function = new StringContent(JsonSerializer.Serialize(new
        {
            FunctionName,
            Runtime = "dotnet10",
            Role = $"arn:aws:iam::123456789012:role/{RoleName}",
            Handler = "BostonInfo.Skill::BostonInfo.Skill.Function::Handle",
            Code = new { ZipFile = Zips.Package("seed") },
        }), Encoding.UTF8, "application/json");
        await SendAsync(HttpMethod.Post, "/2015-03-31/functions", "lambda", function);
    }

    public void Dispose()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }

    private async Task SendAsync(HttpMethod method, string path, string service, HttpContent content)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential=AKIAMOTO/20260101/{Region}/{service}/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await _http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            Assert.Fail($"moto refused {method} {path} ({service}): {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var response = await _http.GetAsync("/moto-api/");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
            }

            if (_process.HasExited || DateTime.UtcNow >= deadline)
            {
                Assert.Fail($"moto_server did not answer on {Address} within 30 s (exited: {_process.HasExited}).");
            }

            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
