using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SkillRelease.Simulator.Faults;
using SkillRelease.Simulator.Smapi;

namespace SkillRelease.Simulator.Tests.Smapi;

/// <summary>SMAPI's wire behaviour as a raw HTTP client sees it (the typed client's tests live in SkillRelease.Tests).</summary>
public sealed class SmapiServiceTests
{
    private static readonly TimeSpan UpdateDuration = TimeSpan.FromMilliseconds(30);

    private SkillSimulator _simulator = null!;
    private HttpClient _http = null!;

    private string Skill => "/v1/skills/" + _simulator.Options.SkillId;

    [TearDown]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _simulator.DisposeAsync();
    }

    [Test]
    public async Task Call_WithoutAToken_Is401WithWwwAuthenticateAndARequestId()
    {
        await StartAsync(authorize: false);

        using var response = await _http.GetAsync(Skill + "/status");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Headers.WwwAuthenticate, Is.Not.Empty);
        Assert.That(response.Headers.GetValues("x-amzn-requestid").Single(), Is.Not.Empty);
    }

    [Test]
    public async Task Call_WithTheRawTokenAsTheLegacyAskClientSendsIt_IsAccepted()
    {
        await StartAsync(authorize: false);
        _http.DefaultRequestHeaders.TryAddWithoutValidation("authorization", await TokenAsync());

        using var response = await _http.GetAsync(Skill + "/stages/development/manifest");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.ETag?.ToString() ?? response.Headers.GetValues("ETag").Single(), Is.Not.Empty);
    }

    [Test]
    public async Task InjectedThrottle_AnswersInSmapisShapeWithARequestId()
    {
        await StartAsync();
        _simulator.Faults.FailCall("smapi:GetSkillStatus", 1, Fault.Throttle);

        using var response = await _http.GetAsync(Skill + "/status");
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(body!["message"]!.GetValue<string>(), Does.Contain("injected"));
        Assert.That(response.Headers.Contains("x-amzn-requestid"), Is.True);
    }

    [Test]
    public async Task ModelMetadata_IsA204WithTheETagOfTheModel()
    {
        await StartAsync();
        var path = Skill + "/stages/development/interactionModel/locales/en-US";

        using var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        using var get = await _http.GetAsync(path);

        Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(head.Headers.GetValues("ETag"), Is.EqualTo(get.Headers.GetValues("ETag")));
    }

    [Test]
    public async Task Status_WithARepeatedResourceParameter_DescribesEachResourceNamed()
    {
        await StartAsync();

        var both = await _http.GetFromJsonAsync<JsonObject>(Skill + "/status?resource=manifest&resource=interactionModel");
        var manifestOnly = await _http.GetFromJsonAsync<JsonObject>(Skill + "/status?resource=manifest");

        Assert.That(both!.Select(p => p.Key), Is.EquivalentTo(new[] { "manifest", "interactionModel" }));
        Assert.That(manifestOnly!.Select(p => p.Key), Is.EqualTo(new[] { "manifest" }));
        Assert.That(both!["interactionModel"]!["en-US"]!["eTag"]!.GetValue<string>(), Is.Not.Empty);
    }

    [Test]
    public async Task ManifestUpdate_OnAFreshFunctionWithoutTheAlexaTrigger_IsRefusedInSmapisWords()
    {
        await StartAsync(trigger: false);
        var manifest = await _http.GetFromJsonAsync<JsonObject>(Skill + "/stages/development/manifest");

        using var put = await _http.PutAsJsonAsync(Skill + "/stages/development/manifest", manifest);
        var body = await put.Content.ReadFromJsonAsync<JsonObject>();

        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body!["violations"]![0]!["message"]!.GetValue<string>(),
            Does.Contain($"The trigger setting for the Lambda {_simulator.Lambda.FunctionArn} is invalid. Error code: SkillManifestError"));
    }

    [Test]
    public async Task ModelUpdate_IsInProgressForTheUpdateDurationThenSucceeded()
    {
        await StartAsync();
        var model = await _http.GetFromJsonAsync<JsonObject>(Skill + "/stages/development/interactionModel/locales/en-US");

        using var put = await _http.PutAsJsonAsync(Skill + "/stages/development/interactionModel/locales/en-US", model);
        var during = await _http.GetFromJsonAsync<JsonObject>(put.Headers.Location!.ToString());
        await Task.Delay(UpdateDuration * 3);
        var after = await _http.GetFromJsonAsync<JsonObject>(put.Headers.Location!.ToString());

        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(put.Headers.Location!.ToString(), Does.EndWith("/status?resource=interactionModel"));
        Assert.That(ModelStatus(during!), Is.EqualTo("IN_PROGRESS"));
        Assert.That(ModelStatus(after!), Is.EqualTo("SUCCEEDED"));
    }

    [Test]
    public async Task Validation_WhenAManifestLocaleHasNoModel_EndsFailedNamingTheLocale()
    {
        await StartAsync();
        var manifest = await _http.GetFromJsonAsync<JsonObject>(Skill + "/stages/development/manifest");
        manifest!["manifest"]!["publishingInformation"]!["locales"]!["en-GB"] = new JsonObject { ["name"] = "Boston Info" };
        (await _http.PutAsJsonAsync(Skill + "/stages/development/manifest", manifest)).EnsureSuccessStatusCode();

        using var submit = await _http.PostAsJsonAsync(Skill + "/stages/development/validations", new { locales = new[] { "en-US", "en-GB" } });
        var started = await submit.Content.ReadFromJsonAsync<JsonObject>();
        await Task.Delay(UpdateDuration * 3);
        var result = await _http.GetFromJsonAsync<JsonObject>(Skill + "/stages/development/validations/mostRecent");

        Assert.That(started!["status"]!.GetValue<string>(), Is.EqualTo("IN_PROGRESS"));
        Assert.That(result!["id"]!.GetValue<string>(), Is.EqualTo(started["id"]!.GetValue<string>()));
        Assert.That(result["status"]!.GetValue<string>(), Is.EqualTo("FAILED"));
        Assert.That(result["result"]!["validations"]!.AsArray().Where(v => v!["status"]!.GetValue<string>() == "FAILED").Select(v => v!["locale"]!.GetValue<string>()), Is.EqualTo(new[] { "en-GB" }));
    }

    [Test]
    public async Task Certification_WithCertifyAfterAndAFailOutcome_EndsByItselfWithReviewerFeedback()
    {
        await StartAsync(new SimulatorOptions { SmapiUpdateDuration = UpdateDuration, CertifyAfter = TimeSpan.FromMilliseconds(50), CertificationOutcome = CertificationOutcome.Fail });

        using var submit = await _http.PostAsync(Skill + "/submit", null);
        await Task.Delay(TimeSpan.FromMilliseconds(150));
        var review = await _http.GetFromJsonAsync<JsonObject>(Skill + "/certifications/mostRecent");

        Assert.That(submit.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(_simulator.Smapi.Inspect(s => s.Certifications.Single().PublicationMethod), Is.EqualTo("AUTO_PUBLISHING"));
        Assert.That(review!["status"]!.GetValue<string>(), Is.EqualTo("FAILED"));
        Assert.That(review["result"]!["reviewFeedback"]!.GetValue<string>(), Is.EqualTo(SimulatedSkill.DefaultFeedback));
    }

    [Test]
    public async Task AutoPublishing_WithPublishAfter_IsCertifiedButNotLiveUntilTheDelayEnds()
    {
        await StartAsync(new SimulatorOptions { SmapiUpdateDuration = UpdateDuration, PublishAfter = TimeSpan.FromSeconds(1.5) });
        using var submit = await _http.PostAsync(Skill + "/submit", null);
        _simulator.Smapi.CompleteCertification(CertificationOutcome.Pass);

        var review = await _http.GetFromJsonAsync<JsonObject>(Skill + "/certifications/mostRecent");
        using var liveWhileWaiting = await _http.GetAsync(Skill + "/stages/live/manifest");
        var stagesWhileWaiting = await StagesAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        using var liveAfter = await _http.GetAsync(Skill + "/stages/live/manifest");
        var stagesAfter = await StagesAsync();

        Assert.That(submit.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(review!["status"]!.GetValue<string>(), Is.EqualTo("SUCCEEDED"));
        Assert.That(liveWhileWaiting.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "certified, not yet live");
        Assert.That(stagesWhileWaiting, Is.EqualTo(new[] { "development=DEVELOPMENT" }));
        Assert.That(liveAfter.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stagesAfter, Is.EqualTo(new[] { "development=DEVELOPMENT", "live=PUBLISHED" }));
    }

    [Test]
    public async Task CertificationList_InPages_IsNewestFirstWithANextToken()
    {
        await StartAsync();
        (await _http.PostAsync(Skill + "/submit", null)).EnsureSuccessStatusCode();
        (await _http.PostAsJsonAsync(Skill + "/withdraw", new { reason = "OTHER", message = "test" })).EnsureSuccessStatusCode();
        (await _http.PostAsync(Skill + "/submit", null)).EnsureSuccessStatusCode();

        var first = await _http.GetFromJsonAsync<JsonObject>(Skill + "/certifications?maxResults=1");
        var second = await _http.GetFromJsonAsync<JsonObject>(Skill + $"/certifications?maxResults=1&nextToken={first!["nextToken"]}");

        Assert.That(first["isTruncated"]!.GetValue<bool>(), Is.True);
        Assert.That(first["totalCount"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(first["items"]![0]!["status"]!.GetValue<string>(), Is.EqualTo("IN_PROGRESS"));
        Assert.That(second!["isTruncated"]!.GetValue<bool>(), Is.False);
        Assert.That(second["items"]![0]!["status"]!.GetValue<string>(), Is.EqualTo("CANCELLED"));
    }

    [Test]
    public async Task Publications_WithoutAcceptLanguage_AreRefused()
    {
        await StartAsync();

        using var response = await _http.GetAsync(Skill + "/publications/~latest");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task AnotherSkill_IsNotFound()
    {
        await StartAsync();

        using var response = await _http.GetAsync("/v1/skills/amzn1.ask.skill.someone-else/stages/development/manifest");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private async Task<IReadOnlyList<string>> StagesAsync()
    {
        var list = await _http.GetFromJsonAsync<JsonObject>($"/v1/skills?vendorId={_simulator.Options.VendorId}&skillId={_simulator.Options.SkillId}");
        return [.. list!["skills"]!.AsArray().Select(s => $"{s!["stage"]}={s["publicationStatus"]}")];
    }

    private static string ModelStatus(JsonObject status) => status["interactionModel"]!["en-US"]!["lastUpdateRequest"]!["status"]!.GetValue<string>();

    /// <param name="trigger">Whether the function has the Alexa trigger for the skill, as a set-up account has (a fresh one has none).</param>
    private async Task StartAsync(SimulatorOptions? options = null, bool authorize = true, bool trigger = true)
    {
        _simulator = await SkillSimulator.StartAsync(options ?? new SimulatorOptions { SmapiUpdateDuration = UpdateDuration }, CancellationToken.None);
        if (trigger)
        {
            _simulator.Lambda.AddAlexaTrigger(_simulator.Options.SkillId);
        }

        _http = new HttpClient { BaseAddress = _simulator.Address };
        if (authorize)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());
        }
    }

    private async Task<string> TokenAsync()
    {
        var options = _simulator.Options;
        using var response = await _http.PostAsync("/auth/o2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = options.RefreshToken.Reveal(),
            ["client_id"] = options.LwaClientId,
            ["client_secret"] = options.LwaClientSecret.Reveal(),
        }));
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
    }
}
