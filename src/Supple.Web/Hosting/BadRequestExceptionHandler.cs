using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Supple.Data;
using Supple.Web.Localization;
using Supple.Web.Resources;

namespace Supple.Web.Hosting;

/// <summary>
/// The one place that turns a request the framework could not bind into an RFC 9457 problem naming the member or
/// parameter at fault: a JSON body the strict reader refused (an unknown member, with the close known name; a value
/// of the wrong type; a date and time without an offset; malformed JSON), a query value that does not parse, a
/// missing body, a body too large or of the wrong type. Every endpoint's binding goes through here, so a new
/// endpoint is as strict as the old ones without a line of its own. Messages never show .NET type names.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems, IOptions<JsonOptions> json) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        RequestLanguage.Apply(httpContext);
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        httpContext.Response.StatusCode = bad.StatusCode;
        var problem = new HttpValidationProblemDetails { Status = bad.StatusCode };
        switch (bad.StatusCode)
        {
            case StatusCodes.Status413PayloadTooLarge:
                problem.Title = ApiText.Get(ApiText.BodyTooLarge);
                break;
            case StatusCodes.Status415UnsupportedMediaType:
                problem.Title = ApiText.Get(ApiText.BodyMustBeJson);
                problem.Detail = ApiText.Get(ApiText.BodyMustBeJsonDetail);
                break;
            case StatusCodes.Status400BadRequest when bad.InnerException is JsonException body:
                var (field, message) = JsonErrorText.Describe(body, RequestType(endpoint), json.Value.SerializerOptions);
                problem.Title = ApiText.Get(ApiText.BodyNotUsed);
                problem.Detail = message;
                problem.Errors[field] = [message];
                break;
            default:
                problem.Title = ApiText.Get(ApiText.RequestNotRead);
                DescribeUnboundParameters(httpContext.Request, endpoint, problem);
                break;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static Type? RequestType(Endpoint? endpoint) =>
        endpoint?.Metadata.GetOrderedMetadata<IAcceptsMetadata>().Select(a => a.RequestType).LastOrDefault(t => t is not null);

    /// <summary>
    /// The query (or route) values that do not parse as their parameter's type, and a missing JSON body: found from
    /// the endpoint's parameters rather than from the framework's message, which names .NET types.
    /// </summary>
    private static void DescribeUnboundParameters(HttpRequest request, Endpoint? endpoint, HttpValidationProblemDetails problem)
    {
        var parameters = endpoint?.Metadata.GetOrderedMetadata<IParameterBindingMetadata>() ?? [];
        foreach (var parameter in parameters)
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterInfo.ParameterType) ?? parameter.ParameterInfo.ParameterType;
            if (!request.Query.TryGetValue(parameter.Name, out var values) && !request.RouteValues.ContainsKey(parameter.Name))
            {
                continue;
            }

            var text = values.Count > 0 ? values.ToString() : Convert.ToString(request.RouteValues[parameter.Name], CultureInfo.InvariantCulture) ?? "";
            if (Expected(type, text) is { } expected)
            {
                problem.Errors[parameter.Name] = [ApiText.Format(ApiText.NotA, ("value", Shorten(text)), ("expected", expected))];
            }
        }

        if (problem.Errors.Count == 0 && RequestType(endpoint) is not null && request.ContentLength is null or 0)
        {
            problem.Errors["body"] = [ApiText.Get(ApiText.BodyRequired)];
        }

        problem.Detail = problem.Errors.Count > 0
            ? string.Join(" ", problem.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))
            : ApiText.Get(ApiText.DoesNotFit);
    }

    /// <summary>What the value should have been, when it is not a value of the type; null when it is.</summary>
    private static string? Expected(Type type, string text)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (type == typeof(int))
        {
            return int.TryParse(text, NumberStyles.Integer, invariant, out _) ? null : ApiText.Get(ApiText.ExpectedWholeNumber);
        }

        if (type == typeof(long))
        {
            return long.TryParse(text, NumberStyles.Integer, invariant, out _) ? null : ApiText.Get(ApiText.ExpectedWholeNumber);
        }

        if (type == typeof(double))
        {
            return double.TryParse(text, NumberStyles.Float, invariant, out _) ? null : ApiText.Get(ApiText.ExpectedNumber);
        }

        if (type == typeof(bool))
        {
            return bool.TryParse(text, out _) ? null : ApiText.Get(ApiText.ExpectedBoolean);
        }

        if (type == typeof(DateTimeOffset))
        {
            return OffsetRequiredConverter.HasOffset(text) && DateTimeOffset.TryParse(text, invariant, DateTimeStyles.None, out _) ? null : JsonErrorText.DateTimeText;
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
