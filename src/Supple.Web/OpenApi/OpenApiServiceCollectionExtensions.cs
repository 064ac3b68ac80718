using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Supple.Web.OpenApi;

/// <summary>
/// The OpenAPI document as a contract other programs can build on, made from the endpoints by transformers (so new
/// endpoints are covered without a line of their own): a stable operationId per operation, every error answer,
/// the security schemes of the mode the server runs in, examples of the main bodies, tag descriptions, a licence and
/// server URLs without a trailing slash.
/// </summary>
public static class OpenApiServiceCollectionExtensions
{
    /// <summary>The names of the security schemes of multi-user mode.</summary>
    public const string CookieScheme = "cookie";

    /// <inheritdoc cref="CookieScheme"/>
    public const string BearerScheme = "bearer";

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Programme"] = "The programme: its stretches, causes, benefits, references, the disclaimer and its acceptance.",
        ["Timeline"] = "Compiled session timelines: every step and duration of a session, for the browser player.",
        ["Sessions"] = "Guided sessions: start, save each stretch, finish, stop because it hurts, put aside, or save one whole.",
        ["Pain"] = "The pain diary: scores from 0 to 10 outside sessions.",
        ["History"] = "Days practised, sessions, pain entries, statistics and the export of the whole history.",
        ["Plan"] = "The assessment and the personal plan it makes, with today's stretches.",
        ["Reminders"] = "The daily practice reminder and the hours of pushed desk breaks.",
        ["Push"] = "Reminders by Web Push: the server's public key, this browser's subscription, a test message, and 'Later' from a notification.",
        ["Account"] = "Accounts (multi-user mode): register, sign in with a cookie or a bearer token, manage, delete.",
    };

    /// <summary>Adds the OpenAPI document with Supple's transformers; <paramref name="multiUser"/> declares cookie and bearer security.</summary>
    public static IServiceCollection AddSuppleOpenApi(this IServiceCollection services, bool multiUser)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOpenApi(o =>
        {
            o.AddOperationTransformer((operation, context, _) =>
            {
                operation.OperationId = OperationIds.For(context.Description);
                operation.Summary ??= IdentityEndpointSummaries.For(context.Description.HttpMethod, context.Description.RelativePath);
                ErrorResponses.AddTo(operation, ErrorResponses.For(context.Description, multiUser), context.Document!);
                DeclareSecurity(operation, context, multiUser);
                AddExamples(operation, context);
                return Task.CompletedTask;
            });
            o.AddDocumentTransformer(async (document, context, ct) =>
            {
                document.Info.Title = "Supple API";
                document.Info.Description = multiUser
                    ? "Guided upper-back stretching: the programme, session timelines, sessions, pain and history. Multi-user mode: every call but registering and signing in needs the session cookie or a bearer token (POST /api/v1/account/login)."
                    : "Guided upper-back stretching: the programme, session timelines, sessions, pain and history. Single-user mode: every call acts for the one local person, with no authentication.";
                document.Info.License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" };
                foreach (var server in document.Servers ?? [])
                {
                    server.Url = server.Url?.TrimEnd('/');
                }

                foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
                {
                    if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
                    {
                        tag.Description = description;
                    }
                }

                await EnsureSchemaAsync(document, context, typeof(ProblemDetails), ErrorResponses.ProblemSchema, ct);
                await EnsureSchemaAsync(document, context, typeof(HttpValidationProblemDetails), ErrorResponses.ValidationProblemSchema, ct);
                if (multiUser)
                {
                    document.Components ??= new OpenApiComponents();
                    document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                    document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.ApiKey,
                        In = ParameterLocation.Cookie,
                        Name = "supple.auth",
                        Description = "The session cookie set by signing in on the web pages, or by POST /api/v1/account/login?useCookies=true.",
                    };
                    document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "bearer",
                        Description = "An access token from POST /api/v1/account/login (renewed with POST /api/v1/account/refresh).",
                    };
                }
            });
        });
        return services;
    }

    // Multi-user: an operation that needs an account takes the cookie or a bearer token; one open to all (sign in,
    // register) and every operation in single-user mode says so with an empty requirement.
    private static void DeclareSecurity(OpenApiOperation operation, OpenApiOperationTransformerContext context, bool multiUser)
    {
        var anonymous = context.Description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any();
        if (!multiUser || anonymous)
        {
            operation.Security = [new OpenApiSecurityRequirement()];
            return;
        }

        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
        ];
    }

    private static void AddExamples(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var json = context.ApplicationServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var request = context.Description.ParameterDescriptions.FirstOrDefault(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Body)?.Type;
        if (request is not null && ApiExamples.Requests.TryGetValue(request, out var example)
            && operation.RequestBody?.Content?.TryGetValue("application/json", out var body) == true)
        {
            body.Example = JsonSerializer.SerializeToNode(example, request, json);
        }

        foreach (var response in context.Description.SupportedResponseTypes)
        {
            if (response.Type is { } type && ApiExamples.Responses.TryGetValue(type, out var sample)
                && operation.Responses?.TryGetValue(response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), out var answer) == true
                && answer.Content?.TryGetValue("application/json", out var content) == true)
            {
                content.Example = JsonSerializer.SerializeToNode(sample, type, json);
            }
        }
    }

    private static async Task EnsureSchemaAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, Type type, string id, CancellationToken ct)
    {
        if (document.Components?.Schemas?.ContainsKey(id) == true)
        {
            return;
        }

        document.AddComponent(id, await context.GetOrCreateSchemaAsync(type, null, ct));
    }
}
