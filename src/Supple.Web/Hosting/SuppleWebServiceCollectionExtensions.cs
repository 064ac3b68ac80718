using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Supple.Core.Content;
using Supple.Web.Pictures;

namespace Supple.Web.Hosting;

/// <summary>All of the web app's service wiring, in one place.</summary>
public static class SuppleWebServiceCollectionExtensions
{
    /// <summary>Adds pages, the REST API, OpenAPI, problem details and the data store.</summary>
    public static WebApplicationBuilder AddSuppleWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<SuppleWebOptions>().BindConfiguration(SuppleWebOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => BuiltInProgramme.Instance);
        services.AddSingleton<PictureCatalog>();

        services.AddProblemDetails();
        services.Configure<JsonOptions>(o => ConfigureJson(o.SerializerOptions));
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Supple API";
            document.Info.Description = "Guided upper-back stretching: the programme, session timelines, sessions, pain and history.";
            return Task.CompletedTask;
        }));
        services.AddRazorPages();
        return builder;
    }

    /// <summary>The JSON conventions of the API: camelCase names and enum values as camelCase strings (never numbers).</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }
}
