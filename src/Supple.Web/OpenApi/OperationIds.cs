using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Supple.Web.OpenApi;

/// <summary>
/// A stable <c>operationId</c> for every operation, derived from the endpoint itself so a new endpoint gets one
/// without a line of its own: <c>{Feature}_{Handler}</c> from the handler's class and method (<c>SessionsApi.Start</c>
/// → <c>Sessions_Start</c>), or, for a handler without a name of its own (a lambda, as in the Identity endpoints),
/// from its path and method (<c>POST /api/v1/account/register</c> → <c>Account_PostRegister</c>). Client generators
/// name their methods from these, so they change only when a handler is renamed; an endpoint's own name
/// (<c>WithName</c>) wins, to keep an id clients already use when its handler is replaced.
/// </summary>
internal static class OperationIds
{
    public static string For(ApiDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        // An id already published for an endpoint whose handler has since changed (WithName) is kept.
        if (description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Routing.IEndpointNameMetadata>().FirstOrDefault()?.EndpointName is { Length: > 0 } name)
        {
            return name;
        }

        var handler = description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault();
        if (handler is { DeclaringType: { } type } && IsIdentifier(handler.Name) && IsIdentifier(type.Name))
        {
            return $"{Feature(type.Name)}_{handler.Name}";
        }

        var segments = (description.RelativePath ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => !s.StartsWith('{'))
            .SkipWhile(s => s is "api" || (s.Length > 1 && s[0] == 'v' && char.IsDigit(s[1])))
            .Select(Pascal)
            .ToList();
        var feature = segments.Count > 0 ? segments[0] : "Api";
        var method = Pascal((description.HttpMethod ?? "get").ToLowerInvariant());
        return $"{feature}_{method}{string.Concat(segments.Skip(1))}";
    }

    private static string Feature(string typeName) =>
        typeName.EndsWith("Api", StringComparison.Ordinal) && typeName.Length > 3 ? typeName[..^3] : typeName;

    private static bool IsIdentifier(string name) => name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static string Pascal(string segment)
    {
        var text = new StringBuilder();
        var upper = true;
        foreach (var c in segment)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            text.Append(upper ? char.ToUpper(c, CultureInfo.InvariantCulture) : c);
            upper = false;
        }

        return text.ToString();
    }
}
