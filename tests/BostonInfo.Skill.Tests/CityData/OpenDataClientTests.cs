using System.Net;
using System.Text;
using BostonInfo.Skill.CityData.Http;
using BostonInfo.Skill.CityData.OpenData;
using BostonInfo.Skill.Fixtures;

namespace BostonInfo.Skill.Tests.CityData;

public sealed class OpenDataClientTests
{
    [Test]
    public async Task CurrentServiceRequestsTable_WhenTheDatasetHasTheNewSystem_IsItsTableSortedByOpenDate()
    {
        var client = Client(new PackageHandler("""
            {"success": true, "result": {"resources": [
              {"id": "1a0b420d-99f1-4887-9851-990b2a5a6e17", "name": "311 SERVICE REQUESTS - 2026", "datastore_active": true, "created": "2026-01-02T13:55:40"},
              {"id": "254adca6-64ab-4c5c-9fc0-a6da622be185", "name": "311 Service Requests - NEW SYSTEM", "datastore_active": true, "created": "2025-10-01T09:00:00"}
            ]}}
            """));

        var table = await client.GetCurrentServiceRequestsTableAsync(CancellationToken.None);

        Assert.That(table, Is.EqualTo(new ServiceRequestTable("254adca6-64ab-4c5c-9fc0-a6da622be185", ServiceRequestTable.NewSystemOpenedColumn)));
    }

    [Test]
    public async Task CurrentServiceRequestsTable_WithOnlyYearlyTables_IsTheNewestSortedByOpenDt()
    {
        var handler = new FixtureHttpHandler();
        var client = Client(handler);

        var table = await client.GetCurrentServiceRequestsTableAsync(CancellationToken.None);

        Assert.That(table, Is.EqualTo(new ServiceRequestTable("9d7c2214-4709-478a-a2e8-fb2020a5bb94", ServiceRequestTable.LegacyOpenedColumn)));
    }

    [Test]
    public void ServiceRequest_ReadsEitherSchema()
    {
        var legacy = System.Text.Json.JsonSerializer.Deserialize(
            """{"open_dt": "2026-01-14 08:01:00", "location_street_name": "Dorchester Ave", "subject": "Public Works Department", "type": "Pothole"}""",
            BostonInfo.Skill.CityData.CityDataJsonContext.Default.ServiceRequest)!;
        var current = System.Text.Json.JsonSerializer.Deserialize(
            """{"open_date": "2026-11-14 13:01:00+00", "street_name": "Dorchester Ave", "assigned_department": "Public Works Department", "service_name": "Pothole"}""",
            BostonInfo.Skill.CityData.CityDataJsonContext.Default.ServiceRequest)!;

        Assert.That((current.OpenedAt, current.Street, current.Subject, current.Type),
            Is.EqualTo(("2026-11-14 13:01:00+00", legacy.Street, legacy.Subject, legacy.Type)));
    }

    [Test]
    public async Task EveryRequest_SaysWhoIsCalling()
    {
        var handler = new FixtureHttpHandler();

        await Client(handler).GetCurrentServiceRequestsTableAsync(CancellationToken.None);

        Assert.That(handler.Received.Single().UserAgent, Is.EqualTo(UpstreamHttp.UserAgent));
    }

    private static OpenDataClient Client(HttpMessageHandler handler) =>
        new(new UpstreamHttp("Analyze Boston", FixtureEndpoints.For(FixtureHttpHandler.Root).OpenData, handler, TimeSpan.FromSeconds(5)));

    private sealed class PackageHandler(string package) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(package, Encoding.UTF8, "application/json") });
    }
}
