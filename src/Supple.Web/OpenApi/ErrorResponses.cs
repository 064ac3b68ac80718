using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Supple.Application;
using Supple.Web.Data;

namespace Supple.Web.OpenApi;

/// <summary>
/// The error answers every operation can give, worked out from what the endpoint is rather than listed by hand, so
/// a new endpoint documents them too: 400 when it reads a body or a typed query parameter (the strict reader), 413 and
/// 415 for a body, 403 for a change (a browser's must come from Supple's own origin), 404 for a path with an id, 401 when an account is needed, 429 where sign-in attempts are limited,
/// 503 when it needs the database. All are RFC 9457 problems (<c>application/problem+json</c>).
/// </summary>
internal static class ErrorResponses
{
    public const string ProblemSchema = "ProblemDetails";

    public const string ValidationProblemSchema = "HttpValidationProblemDetails";

    /// <summary>The status codes of the errors the operation can answer with (besides those its handler declares).</summary>
    public static IReadOnlyList<int> For(ApiDescription description, bool multiUser)
    {
        ArgumentNullException.ThrowIfNull(description);
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var codes = new List<int>();
        var hasBody = metadata.OfType<IAcceptsMetadata>().Any(a => a.RequestType is not null)
            || description.ParameterDescriptions.Any(p => p.Source == BindingSource.Body);
        // A path value that does not fit its route constraint ({id:long}) matches no route: that is a 404, not a 400.
        var hasTypedInput = description.ParameterDescriptions.Any(p =>
            p.Source == BindingSource.Query && p.Type is { } t && t != typeof(string) && t != typeof(string[]));
        if (hasBody || hasTypedInput)
        {
            codes.Add(StatusCodes.Status400BadRequest);
        }

        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        if (multiUser && !anonymous)
        {
            codes.Add(StatusCodes.Status401Unauthorized);
        }

        // A change sent by a browser must come from Supple's own origin (CrossSiteRequests), in either mode.
        if (description.HttpMethod is { } method && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsOptions(method))
        {
            codes.Add(StatusCodes.Status403Forbidden);
        }

        if (description.ParameterDescriptions.Any(p => p.Source == BindingSource.Path))
        {
            codes.Add(StatusCodes.Status404NotFound);
        }

        if (hasBody)
        {
            codes.Add(StatusCodes.Status413PayloadTooLarge);
            codes.Add(StatusCodes.Status415UnsupportedMediaType);
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            codes.Add(StatusCodes.Status429TooManyRequests);
        }

        // In multi-user mode every request reads the account first; otherwise the handlers that open the store.
        if (multiUser || UsesTheDatabase(metadata.OfType<MethodInfo>().FirstOrDefault()))
        {
            codes.Add(StatusCodes.Status503ServiceUnavailable);
        }

        return codes;
    }

    /// <summary>Adds each code's problem response unless the handler already declares that code.</summary>
    public static void AddTo(OpenApiOperation operation, IEnumerable<int> codes, OpenApiDocument document)
    {
        ArgumentNullException.ThrowIfNull(operation);
        operation.Responses ??= [];
        foreach (var code in codes)
        {
            var key = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses.ContainsKey(key))
            {
                continue;
            }

            operation.Responses[key] = new OpenApiResponse { Description = Describe(code), Content = ProblemContent(code, document) };
        }

        // An error the handler declares without a body (TypedResults.NotFound()) is answered as a problem all the
        // same: the status code pages write one (StatusCodePageWriter). The document says so.
        foreach (var (key, response) in operation.Responses)
        {
            if (key is [('4' or '5'), _, _] && int.TryParse(key, System.Globalization.CultureInfo.InvariantCulture, out var code)
                && response is OpenApiResponse { Content: null or { Count: 0 } } bodiless)
            {
                bodiless.Content = ProblemContent(code, document);
                if (string.IsNullOrEmpty(bodiless.Description) || bodiless.Description == ReasonPhrase(code))
                {
                    bodiless.Description = Describe(code);
                }
            }
        }
    }

    private static Dictionary<string, OpenApiMediaType> ProblemContent(int code, OpenApiDocument document) => new()
    {
        ["application/problem+json"] = new()
        {
            Schema = new OpenApiSchemaReference(code == StatusCodes.Status400BadRequest ? ValidationProblemSchema : ProblemSchema, document),
        },
    };

    private static string ReasonPhrase(int code) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(code);

    private static bool UsesTheDatabase(MethodInfo? handler) =>
        handler?.GetParameters().Any(p => p.ParameterType == typeof(UserStore) || p.ParameterType == typeof(SuppleApp) || p.ParameterType.Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) == true
            || p.ParameterType.Namespace?.StartsWith("Supple.Data", StringComparison.Ordinal) == true) == true;

    private static string Describe(int code) => code switch
    {
        StatusCodes.Status400BadRequest => "The request was refused and nothing was changed: `errors` names each member or parameter at fault (an unknown or misspelt member, a value of the wrong type, a rule broken).",
        StatusCodes.Status401Unauthorized => "Not signed in: send the session cookie or an `Authorization: Bearer` token (multi-user mode).",
        StatusCodes.Status403Forbidden => "Refused: a browser sent this change from another site (a POST, PUT or DELETE without a bearer token must come from Supple's own origin), or, where the summary says so, it is not allowed.",
        StatusCodes.Status404NotFound => "There is no such resource for this person.",
        StatusCodes.Status413PayloadTooLarge => "The body is larger than the server accepts (64 KiB by default).",
        StatusCodes.Status415UnsupportedMediaType => "The body is not sent as `application/json`.",
        StatusCodes.Status429TooManyRequests => "Too many attempts from this address in a minute; `Retry-After` says when to try again.",
        StatusCodes.Status503ServiceUnavailable => "The database cannot be reached just now (down, restarting, or refusing the login); nothing was changed; `Retry-After` says when to try again.",
        _ => "An error, as a problem.",
    };
}
