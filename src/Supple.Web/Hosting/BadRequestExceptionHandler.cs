using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Supple.Web.Hosting;

/// <summary>
/// Turns a request the framework could not bind (malformed JSON, a string where a number belongs, a body too large)
/// into an RFC 9457 problem with the offending field, instead of a bare status code.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        var problem = new HttpValidationProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request could not be read.",
        };
        if (bad.InnerException is JsonException { Path: { } path } json)
        {
            var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
            problem.Errors[field.Length == 0 || field == "$" ? "body" : field] = [Explain(json)];
            problem.Detail = "The JSON body has a value of the wrong type or is malformed.";
        }
        else if (bad.StatusCode == StatusCodes.Status400BadRequest)
        {
            problem.Detail = bad.Message;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    // The framework's messages name .NET types; say what is wrong in the API's own terms.
    private static string Explain(JsonException json) =>
        json.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? "The value has the wrong type for this field."
            : "The JSON is malformed here.";
}
