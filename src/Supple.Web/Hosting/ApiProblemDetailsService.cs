namespace Supple.Web.Hosting;

/// <summary>
/// Every error of the API is <c>application/problem+json</c>, whatever the request's <c>Accept</c> header says: the
/// framework's writer only writes JSON to a client that accepts it, and answered a 500 with no body otherwise
/// ("Unable to find a registered IProblemDetailsWriter"). Under <c>/api</c> and <c>/openapi</c> this writes the same
/// problem as if JSON had been asked for (RFC 9110 allows a response the client did not list, and a problem in JSON
/// is more use to any client than none). Pages keep their own HTML error pages.
/// </summary>
internal sealed class ApiProblemDetailsService(IProblemDetailsService inner) : IProblemDetailsService
{
    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsApi(context.HttpContext.Request))
        {
            await WriteAsJsonAsync(context);
        }
        else
        {
            await inner.WriteAsync(context);
        }
    }

    public async ValueTask<bool> TryWriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsApi(context.HttpContext.Request))
        {
            return await inner.TryWriteAsync(context);
        }

        await WriteAsJsonAsync(context);
        return true;
    }

    internal static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

    private async ValueTask WriteAsJsonAsync(ProblemDetailsContext context)
    {
        // The framework's writer chooses by Accept alone: for the length of the write the request accepts problem+json.
        var request = context.HttpContext.Request;
        var accept = request.Headers.Accept;
        request.Headers.Accept = "application/problem+json";
        try
        {
            await inner.WriteAsync(context);
        }
        finally
        {
            request.Headers.Accept = accept;
        }
    }
}
