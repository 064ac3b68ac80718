using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Supple.Web.Tests.Accounts;

/// <summary>Every endpoint the app maps, as "METHOD /pattern", read from the app's <see cref="EndpointDataSource"/>.</summary>
public static class EndpointInventory
{
    public static IReadOnlySet<string> Of(WebApplication app)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            foreach (var method in methods is { Count: > 0 } ? methods : ["ANY"])
            {
                keys.Add($"{method} {pattern}");
            }
        }

        return keys;
    }
}
