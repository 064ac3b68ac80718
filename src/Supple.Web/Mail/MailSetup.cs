using Microsoft.Extensions.Options;
using Supple.Web.Hosting;

namespace Supple.Web.Mail;

/// <summary>Whether this server sends e-mail, and if not, what is missing (read once from the configuration).</summary>
public sealed class MailSetup(IOptions<MailOptions> mail, IOptions<SuppleWebOptions> web)
{
    public MailOptions Options => mail.Value;

    /// <summary>Where links in e-mails point (<c>Supple:Web:PublicUrl</c>), or null.</summary>
    public Uri? PublicUrl => web.Value.PublicUrl is { IsAbsoluteUri: true } url ? url : null;

    /// <summary>The settings that are missing, named as in the configuration; empty when mail is on.</summary>
    public IReadOnlyList<string> Missing =>
    [
        .. string.IsNullOrWhiteSpace(mail.Value.Host) ? ["Supple:Mail:Host"] : Array.Empty<string>(),
        .. string.IsNullOrWhiteSpace(mail.Value.From) ? ["Supple:Mail:From"] : Array.Empty<string>(),
        .. PublicUrl is null ? ["Supple:Web:PublicUrl"] : Array.Empty<string>(),
    ];

    public bool IsEnabled => Missing.Count == 0;

    /// <summary>An absolute link on this server for an e-mail: <see cref="PublicUrl"/> joined with <paramref name="pathAndQuery"/>.</summary>
    public string Link(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var root = PublicUrl ?? throw new InvalidOperationException("Mail is off: Supple:Web:PublicUrl is not set.");
        return new Uri(new Uri(root.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/"), pathAndQuery.TrimStart('/')).ToString();
    }
}
