using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Supple.Application;
using Supple.Core.Content;
using Supple.Data;
using Supple.Web.Accounts;
using Supple.Web.Data;
using Supple.Web.Health;
using Supple.Web.Lan;
using Supple.Web.Localization;
using Supple.Web.OpenApi;
using Supple.Web.Pictures;
using Supple.Web.Push;
using Supple.Web.Pwa;
using Supple.Web.Security;

namespace Supple.Web.Hosting;

/// <summary>All of the web app's service wiring, in one place.</summary>
public static class SuppleWebServiceCollectionExtensions
{
    /// <summary>The database: a SQLite file path or a PostgreSQL connection string, as <c>supple --db</c> takes it.</summary>
    public const string DataConfigurationKey = "Supple:Data:Db";

    /// <summary>Adds pages, the REST API, OpenAPI, problem details and the data store.</summary>
    public static WebApplicationBuilder AddSuppleWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<SuppleWebOptions>().BindConfiguration(SuppleWebOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => BuiltInProgramme.Instance);
        services.AddSingleton<PictureCatalog>();
        services.AddSuppleLanguages();
        services.AddSingleton<ServiceWorkerScript>();

        var location = StoreLocation.Resolve(builder.Configuration[DataConfigurationKey]);
        services.AddSuppleData(location);
        services.AddScoped<UserStore>();

        // The application layer for the request's person: every page and endpoint goes through it. Its programme is the
        // one in the request's language (stretch names, steps and cues translated; same ids and dosage), as the CLI's
        // is in the run's: what it records (ids, the programme's name) is the same in every language. A programme put in
        // place of the built-in one has no translations here, and is played as it is: its own rules (e.g. the article's
        // range) must apply to it, not to the built-in programme's translation.
        services.AddScoped(sp =>
        {
            var programme = sp.GetRequiredService<Programme>();
            var played = ReferenceEquals(programme, BuiltInProgramme.Instance) ? sp.GetRequiredService<LocalizedProgramme>().Programme : programme;
            return new SuppleApp(sp.GetRequiredService<UserStore>(), played, sp.GetRequiredService<TimeProvider>(), BuiltInProgramme.Name);
        });

        // Bad JSON and unbindable values throw, so BadRequestExceptionHandler can answer with field errors.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<RefusalExceptionHandler>();
        services.AddProblemDetails();
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "application/json", "application/problem+json", "image/svg+xml"];
        });
        services.Configure<JsonOptions>(o => ConfigureJson(o.SerializerOptions));
        services.AddSuppleOpenApi(builder.Configuration.GetSection(AccountOptions.SectionName).Get<AccountOptions>()?.MultiUser == true);
        services.AddRazorPages();
        builder.AddSuppleAccounts();
        builder.AddSuppleSecurity();
        builder.AddSuppleHealth();
        AnswerProblemsAsJsonForTheApi(services);
        builder.AddSupplePush();
        builder.AddSuppleLan();
        return builder;
    }

    // Wraps the framework's problem writer (registered by AddProblemDetails) so the API answers problem+json to any Accept.
    private static void AnswerProblemsAsJsonForTheApi(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IProblemDetailsService));
        var implementation = original.ImplementationType
            ?? throw new InvalidOperationException("The problem details service is expected to be registered by type.");
        services.Remove(original);
        services.AddSingleton<IProblemDetailsService>(sp =>
            new ApiProblemDetailsService((IProblemDetailsService)ActivatorUtilities.CreateInstance(sp, implementation)));
    }

    /// <summary>
    /// The JSON conventions of the API: camelCase names, and enum values as kebab-case strings (never numbers), the one
    /// spelling every JSON the project writes uses (<c>stopped-for-pain</c>, <c>get-into-position</c>,
    /// <c>right-then-left</c>: as <c>supple history --json</c>, export files and programme files write them). Read
    /// strictly for every endpoint: a member the body type does not have, a member given twice, a member name in
    /// another case, a number in a string (<c>"4"</c>) and a date and time without its offset are all refused, and
    /// <see cref="BadRequestExceptionHandler"/> says which member and why.
    /// </summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = false;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new OffsetRequiredConverter());
    }
}
