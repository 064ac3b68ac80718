namespace Supple.Web.Security;

/// <summary>Transport settings, bound from <c>Supple:Security</c>.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Supple:Security";

    /// <summary>
    /// Serve over HTTPS only: plain HTTP is redirected and browsers are told (HSTS) to use HTTPS from then on. On
    /// automatically when an https:// URL is configured; set it when TLS ends at a proxy in front of Supple.
    /// </summary>
    public bool RequireHttps { get; set; }

    /// <summary>The HTTPS port to redirect to (443 when unset and no https:// URL is configured).</summary>
    public int? HttpsPort { get; set; }

    /// <summary>
    /// Believe <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> from the proxies in <see cref="ForwardedBy"/> (by default
    /// a proxy on this machine): the client's address then drives the sign-in rate limit, and the scheme decides
    /// HTTPS redirection and secure cookies. From any other sender the headers are ignored.
    /// </summary>
    public bool TrustForwardedHeaders { get; set; }

    /// <summary>
    /// The proxies whose forwarded headers are believed: IP addresses or networks (<c>10.0.0.0/8</c>). Empty means
    /// loopback only (a Caddy or nginx on the same machine).
    /// </summary>
    public IList<string> ForwardedBy { get; } = [];
}
