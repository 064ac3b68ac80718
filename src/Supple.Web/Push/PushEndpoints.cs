using System.Net;

namespace Supple.Web.Push;

/// <summary>Which push endpoints a subscription may name (<see cref="PushOptions.EndpointHosts"/>).</summary>
public static class PushEndpoints
{
    /// <summary>True when the server may post to <paramref name="endpoint"/>: https to a listed push service, or http to a listed loopback address.</summary>
    public static bool IsAllowed(string? endpoint, IEnumerable<string> hosts)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0)
        {
            return false;
        }

        var loopback = IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
        if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && loopback))
        {
            return false;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        return hosts.Any(pattern => Matches(host, pattern.Trim().ToLowerInvariant()));
    }

    private static bool Matches(string host, string pattern) =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.Ordinal) && host.Length > pattern.Length - 1
            : host == pattern.Trim('[', ']') || host.Trim('[', ']') == pattern.Trim('[', ']');
}
