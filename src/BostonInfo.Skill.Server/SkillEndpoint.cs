using Microsoft.AspNetCore.Http;

namespace BostonInfo.Skill.Server;

/// <summary>The one resource the server has: "/" (POST an Alexa request; GET says how).</summary>
internal static class SkillEndpoint
{
    public static async Task HandleAsync(HttpContext context, Function function)
    {
        var request = context.Request;
        var response = context.Response;
        if (request.Path != "/")
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            await response.WriteAsync("Not found: the skill listens on / only.\n", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (HttpMethods.IsPost(request.Method))
        {
            // Exactly what Lambda does: the request body in, the handler's stream out.
            await using var output = await function.Handle(request.Body).ConfigureAwait(false);
            response.ContentType = "application/json";
            response.ContentLength = output.Length;
            await output.CopyToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (HttpMethods.IsGet(request.Method))
        {
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(
                $"Boston Info skill server: POST an Alexa request JSON to {request.Scheme}://{request.Host}/ to get the skill's response.\n",
                context.RequestAborted).ConfigureAwait(false);
            return;
        }

        response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        response.Headers.Allow = "GET, POST";
    }
}
