using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Server.Tests.Support;

namespace BostonInfo.Skill.Server.Tests;

public sealed class SkillServerTests
{
    private const string HelpRequest =
        """{"version":"1.0","session":{"new":false,"sessionId":"s1","attributes":{"repeatCount":0}},"request":{"type":"IntentRequest","requestId":"r1","intent":{"name":"AMAZON.HelpIntent"}}}""";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private static Task<SkillServer> StartAsync(CapturedSkillLog? log = null) =>
        SkillServer.StartAsync(new SkillServerOptions { Port = 0, Function = TestFunction.Create(log ?? new CapturedSkillLog()) }, CancellationToken.None);

    [Test]
    public async Task Start_OnPortZero_ListensOnLoopbackWithTheRealPort()
    {
        await using var server = await StartAsync();

        Assert.Multiple(() =>
        {
            Assert.That(server.Address.Scheme, Is.EqualTo("http"));
            Assert.That(server.Address.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(server.Address.Port, Is.GreaterThan(0));
            Assert.That(server.Address.AbsolutePath, Is.EqualTo("/"));
        });
    }

    [Test]
    public async Task Post_AnAlexaRequest_ReturnsTheFunctionsResponseJson()
    {
        var log = new CapturedSkillLog();
        await using var server = await StartAsync(log);

        using var reply = await Http.PostAsync(server.Address, new StringContent(HelpRequest, Encoding.UTF8, "application/json"));
        using var json = JsonDocument.Parse(await reply.Content.ReadAsStringAsync());

        var body = json.RootElement.GetProperty("response");
        Assert.Multiple(() =>
        {
            Assert.That(reply.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(reply.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
            Assert.That(body.GetProperty("outputSpeech").GetProperty("text").GetString(), Is.EqualTo(HelpHandler.Speech));
            Assert.That(body.GetProperty("shouldEndSession").GetBoolean(), Is.False);
            Assert.That(json.RootElement.GetProperty("sessionAttributes").GetProperty("repeatCount").GetInt32(), Is.Zero);
            Assert.That(log.Entries.Single().Handler, Is.EqualTo(nameof(HelpHandler)));
        });
    }

    [Test]
    public async Task Post_MalformedJson_StillAnswers200WithTheSafeSpeech()
    {
        await using var server = await StartAsync();

        using var reply = await Http.PostAsync(server.Address, new StringContent("{not json", Encoding.UTF8, "application/json"));
        using var json = JsonDocument.Parse(await reply.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(reply.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(json.RootElement.GetProperty("response").GetProperty("outputSpeech").GetProperty("text").GetString(),
                Does.StartWith("Sorry"));
        });
    }

    [Test]
    public async Task Get_Root_SaysWhatTheServerIsAndHowToPost()
    {
        await using var server = await StartAsync();

        var text = await Http.GetStringAsync(server.Address);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Boston Info").And.Contain("POST").And.Contain(server.Address.ToString()));
            Assert.That(text.TrimEnd('\n'), Does.Not.Contain('\n'), "one line");
        });
    }

    [Test]
    public async Task Post_ToAnotherPath_IsNotFound()
    {
        await using var server = await StartAsync();

        using var reply = await Http.PostAsync(new Uri(server.Address, "/skill"), new StringContent(HelpRequest));

        Assert.That(reply.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Put_IsNotAllowed()
    {
        await using var server = await StartAsync();

        using var reply = await Http.PutAsync(server.Address, new StringContent(HelpRequest));

        Assert.That(reply.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
    }

    [Test]
    public async Task Server_IsNotReachableOnOtherInterfaces()
    {
        await using var server = await StartAsync();
        var otherAddress = (await Dns.GetHostAddressesAsync(Dns.GetHostName()))
            .FirstOrDefault(address => address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(address));
        if (otherAddress is null)
        {
            Assert.Ignore("This machine has no non-loopback IPv4 address to try.");
        }

        using var client = new TcpClient();
        Assert.That(async () => await client.ConnectAsync(otherAddress, server.Address.Port),
            Throws.InstanceOf<SocketException>());
    }

    [Test]
    public async Task Start_OnAPortInUse_FailsNamingThePort()
    {
        await using var first = await StartAsync();

        var taken = first.Address.Port;
        Assert.That(
            async () => await SkillServer.StartAsync(new SkillServerOptions { Port = taken, Function = TestFunction.Create(new CapturedSkillLog()) }, CancellationToken.None),
            Throws.InvalidOperationException.With.Message.Contains($"127.0.0.1:{taken}"));
    }

    [Test]
    public async Task WaitForShutdown_ReturnsWhenTheTokenIsCancelled()
    {
        await using var server = await StartAsync();
        using var cancellation = new CancellationTokenSource();

        var waiting = server.WaitForShutdownAsync(cancellation.Token);
        await Task.Delay(50);
        Assert.That(waiting.IsCompleted, Is.False, "still serving before cancellation");

        await cancellation.CancelAsync();
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(waiting.IsCompletedSuccessfully, Is.True);
    }

    [Test]
    public async Task Dispose_StopsListening()
    {
        var server = await StartAsync();
        var address = server.Address;

        await server.DisposeAsync();

        Assert.That(async () => await Http.GetStringAsync(address), Throws.InstanceOf<HttpRequestException>());
    }
}
