namespace Supple.Web.Hosting;

/// <summary>Settings of the web app, bound from the <c>Supple:Web</c> configuration section.</summary>
public sealed class SuppleWebOptions
{
    public const string SectionName = "Supple:Web";

    /// <summary>The user whose data the app shows. Single-user mode (no accounts yet) uses "local".</summary>
    public string UserId { get; set; } = "local";

    /// <summary>Largest request body accepted, in bytes; larger bodies are refused with 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// The address people use to reach this server, e.g. <c>https://supple.example.org</c> (behind a proxy it differs
    /// from what Kestrel sees). Links in e-mails point there, passkeys are bound to its host name, and requests from
    /// that origin are accepted as Supple's own. Unset: links cannot be e-mailed, and passkeys use the request's host.
    /// </summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>The origin (<c>scheme://host[:port]</c>) of <see cref="PublicUrl"/>, or null.</summary>
    public string? PublicOrigin => PublicUrl is { IsAbsoluteUri: true } url ? url.GetLeftPart(UriPartial.Authority) : null;
}
