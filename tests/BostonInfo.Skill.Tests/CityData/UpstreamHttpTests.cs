using BostonInfo.Skill.CityData.Http;
using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.CityData;

public sealed class UpstreamHttpTests
{
    [Test]
    public void SlowService_TimesOutAsAnUpstreamExceptionNamingIt()
    {
        var http = new UpstreamHttp("slow service", new Uri("http://slow.test/"), new NeverAnsweringHandler(), TimeSpan.FromMilliseconds(50));

        Assert.That(() => http.GetStringAsync("page", CancellationToken.None),
            Throws.TypeOf<UpstreamException>().With.Message.EqualTo("slow service: did not answer in time"));
    }

    [Test]
    public void UnreachableService_IsAnUpstreamException()
    {
        var http = new UpstreamHttp("gone", new Uri("http://gone.test/"), new RefusingHandler(), TimeSpan.FromSeconds(1));

        Assert.That(() => http.GetStringAsync("page", CancellationToken.None),
            Throws.TypeOf<UpstreamException>().With.Message.StartsWith("gone: could not be reached"));
    }

    [Test]
    public async Task AnswerDeadline_CutsAHangingServiceShort_AndTheFeatureApologises()
    {
        var settings = new SkillSettings(null) { CallTimeout = TimeSpan.FromSeconds(30), AnswerDeadline = TimeSpan.FromMilliseconds(100) };
        var function = new Function(settings, new ManualTimeProvider(), new RecordingSkillLog(), new NeverAnsweringHandler());

        using var response = await SkillInvocation.InvokeAsync(function, AlexaRequest.Intent("FarmersMarketIntent"));

        Assert.That(response.Speech(), Is.EqualTo(new FarmersMarketHandler(TestServices.Create()).UnavailableSpeech));
    }

    private sealed class NeverAnsweringHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }

    private sealed class RefusingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused");
    }
}
