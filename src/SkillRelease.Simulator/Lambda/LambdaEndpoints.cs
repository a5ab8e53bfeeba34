using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Lambda;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator.Lambda;

/// <summary>
/// The operations the pipeline and set-up call, at Lambda's paths and status codes (lambda-contract.md §1.2). Every
/// request is signature-checked first; every answer carries <c>x-amzn-RequestId</c>; refusals are written in
/// Lambda's error shape.
/// </summary>
internal sealed class LambdaEndpoints(SimulatedFunction function, SigV4Verifier verifier, SimulatorOptions options)
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(LambdaWire.FunctionsPrefix, CreateFunction).AddEndpointFilter(CheckedAsync).WithOperation("lambda", "CreateFunction", isWrite: true);
        var functions = routes.MapGroup(LambdaWire.FunctionsPrefix + "/{functionName}");
        functions.AddEndpointFilter(CheckedAsync);

        functions.MapPut("/code", UpdateFunctionCode).WithOperation("lambda", "UpdateFunctionCode", isWrite: true);
        functions.MapGet("", GetFunction).WithOperation("lambda", "GetFunction");
        functions.MapGet("/configuration", GetFunctionConfiguration).WithOperation("lambda", "GetFunctionConfiguration");
        functions.MapPut("/configuration", UpdateFunctionConfiguration).WithOperation("lambda", "UpdateFunctionConfiguration", isWrite: true);
        functions.MapPost("/versions", PublishVersion).WithOperation("lambda", "PublishVersion", isWrite: true);
        functions.MapGet("/versions", ListVersionsByFunction).WithOperation("lambda", "ListVersionsByFunction");
        functions.MapPost("/aliases", CreateAlias).WithOperation("lambda", "CreateAlias", isWrite: true);
        functions.MapGet("/aliases", ListAliases).WithOperation("lambda", "ListAliases");
        functions.MapGet("/aliases/{name}", GetAlias).WithOperation("lambda", "GetAlias");
        functions.MapPut("/aliases/{name}", UpdateAlias).WithOperation("lambda", "UpdateAlias", isWrite: true);
        functions.MapDelete("/aliases/{name}", DeleteAlias).WithOperation("lambda", "DeleteAlias", isWrite: true);
        functions.MapPost("/policy", AddPermission).WithOperation("lambda", "AddPermission", isWrite: true);
        functions.MapGet("/policy", GetPolicy).WithOperation("lambda", "GetPolicy");
        functions.MapDelete("/policy/{statementId}", RemovePermission).WithOperation("lambda", "RemovePermission", isWrite: true);
    }

    /// <summary>Writes an error in Lambda's shape: the type in <c>X-Amzn-ErrorType</c>, <c>{"Type","message"}</c> in the body.</summary>
    public static Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        StampRequestId(context);
        context.Response.StatusCode = status;
        context.Response.Headers[LambdaWire.ErrorTypeHeader] = code;
        context.Response.ContentType = "application/json";
        // Written by hand: the web serializer defaults would camel-case "Type".
        return context.Response.WriteAsync(new JsonObject { ["Type"] = status >= 500 ? "Service" : "User", ["message"] = message }.ToJsonString());
    }

    private static void StampRequestId(HttpContext context) =>
        context.Response.Headers.TryAdd(LambdaWire.RequestIdHeader, Guid.NewGuid().ToString());

    private async ValueTask<object?> CheckedAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        StampRequestId(context);
        try
        {
            verifier.Verify(context.Request, await LambdaRequestBody.CaptureAsync(context));
            return await next(invocation);
        }
        catch (SimulatedLambdaError error)
        {
            await WriteErrorAsync(context, error.Status, error.Type, error.Message);
            return Results.Empty;
        }
    }

    /// <summary>CreateFunction with a zip (<c>Code.ZipFile</c>, base64), as <c>aws lambda create-function --zip-file fileb://…</c> sends it.</summary>
    private IResult CreateFunction(HttpContext context)
    {
        var body = LambdaRequestBody.Of(context);
        var zip = Base64(body.Member("Code")?.RequiredText("ZipFile") ?? throw SimulatedLambdaError.InvalidParameter("Please provide a source for function code."));
        var creation = new FunctionCreation(
            zip, body.RequiredText("Runtime"), body.RequiredText("Handler"), body.RequiredText("Role"), body.FirstText("Architectures"),
            body.Number("MemorySize"), body.Number("Timeout"), body.Variables(), body.Text("Description"));
        var version = function.Create(body.RequiredText("FunctionName"), creation);
        return Json(Configuration(version, null), StatusCodes.Status201Created);
    }

    private IResult UpdateFunctionCode(HttpContext context, string functionName)
    {
        var body = LambdaRequestBody.Of(context);
        var zip = Base64(body.RequiredText("ZipFile"));
        var version = function.UpdateCode(Reference(context, functionName), zip, body.Text("RevisionId"), body.Flag("Publish"), body.FirstText("Architectures"));
        return Json(Configuration(version, null), StatusCodes.Status200OK);
    }

    private IResult GetFunction(HttpContext context, string functionName)
    {
        var (version, arn) = function.Resolve(Reference(context, functionName));
        return Json(LambdaShapes.Function(version, function.Name, arn, options.Region), StatusCodes.Status200OK);
    }

    private IResult GetFunctionConfiguration(HttpContext context, string functionName)
    {
        var (version, arn) = function.Resolve(Reference(context, functionName));
        return Json(LambdaShapes.Configuration(version, function.Name, arn), StatusCodes.Status200OK);
    }

    private IResult UpdateFunctionConfiguration(HttpContext context, string functionName)
    {
        var body = LambdaRequestBody.Of(context);
        var change = new ConfigurationChange(body.Text("Runtime"), body.Text("Handler"), body.Number("MemorySize"), body.Number("Timeout"), body.Variables());
        var version = function.UpdateConfiguration(Reference(context, functionName), change, body.Text("RevisionId"));
        return Json(Configuration(version, null), StatusCodes.Status200OK);
    }

    private IResult PublishVersion(HttpContext context, string functionName)
    {
        var body = LambdaRequestBody.Of(context);
        var version = function.Publish(Reference(context, functionName), body.Text("CodeSha256"), body.Text("Description"), body.Text("RevisionId"));
        return Json(Configuration(version, null), StatusCodes.Status201Created);
    }

    private IResult ListVersionsByFunction(HttpContext context, string functionName)
    {
        var versions = function.AllVersions(Reference(context, functionName));
        return Json(LambdaShapes.Page("Versions", versions, Query(context, LambdaWire.MarkerQuery), v => Configuration(v, null)), StatusCodes.Status200OK);
    }

    private IResult CreateAlias(HttpContext context, string functionName)
    {
        var body = LambdaRequestBody.Of(context);
        var alias = function.CreateAlias(Reference(context, functionName), body.RequiredText("Name"), body.RequiredText("FunctionVersion"), body.Text("Description"), body.Weights());
        return Json(Alias(alias), StatusCodes.Status201Created);
    }

    private IResult UpdateAlias(HttpContext context, string functionName, string name)
    {
        var body = LambdaRequestBody.Of(context);
        var alias = function.UpdateAlias(Reference(context, functionName), name, body.Text("FunctionVersion"), body.Text("Description"), body.Weights(), body.Text("RevisionId"));
        return Json(Alias(alias), StatusCodes.Status200OK);
    }

    private IResult GetAlias(HttpContext context, string functionName, string name) =>
        Json(Alias(function.GetAlias(Reference(context, functionName), name)), StatusCodes.Status200OK);

    private IResult ListAliases(HttpContext context, string functionName)
    {
        var aliases = function.Aliases(Reference(context, functionName), Query(context, LambdaWire.FunctionVersionQuery));
        return Json(LambdaShapes.Page("Aliases", aliases, Query(context, LambdaWire.MarkerQuery), Alias), StatusCodes.Status200OK);
    }

    private IResult DeleteAlias(HttpContext context, string functionName, string name)
    {
        function.DeleteAlias(Reference(context, functionName), name);
        return Results.StatusCode(StatusCodes.Status204NoContent);
    }

    private IResult AddPermission(HttpContext context, string functionName)
    {
        var body = LambdaRequestBody.Of(context);
        var statement = function.AddPermission(
            Reference(context, functionName), body.RequiredText("StatementId"), body.RequiredText("Action"), body.RequiredText("Principal"),
            body.Text("EventSourceToken"), body.Text("SourceArn"), body.Text("RevisionId"));
        return Json(new JsonObject { ["Statement"] = statement.ToJson().ToJsonString() }, StatusCodes.Status201Created);
    }

    private IResult GetPolicy(HttpContext context, string functionName) =>
        Json(LambdaShapes.Policy(function.GetPolicy(Reference(context, functionName))), StatusCodes.Status200OK);

    private IResult RemovePermission(HttpContext context, string functionName, string statementId)
    {
        function.RemovePermission(Reference(context, functionName), statementId, Query(context, LambdaWire.RevisionIdQuery));
        return Results.StatusCode(StatusCodes.Status204NoContent);
    }

    private JsonObject Configuration(FunctionVersion version, string? qualifier) =>
        LambdaShapes.Configuration(version, function.Name, function.QualifiedArn(qualifier ?? (version.Version == LambdaWire.LatestVersion ? null : version.Version)));

    private JsonObject Alias(FunctionAlias alias) => LambdaShapes.Alias(alias, function.QualifiedArn(alias.Name));

    private static FunctionReference Reference(HttpContext context, string functionName) =>
        FunctionReference.Parse(functionName, Query(context, LambdaWire.QualifierQuery));

    private static string? Query(HttpContext context, string name) =>
        context.Request.Query.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value.ToString() : null;

    private static byte[] Base64(string text)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw SimulatedLambdaError.InvalidParameter("Could not unzip uploaded file. Please check your file, then try to upload again.");
        }
    }

    private static IResult Json(JsonObject body, int status) => Results.Text(body.ToJsonString(), "application/json", statusCode: status);
}
