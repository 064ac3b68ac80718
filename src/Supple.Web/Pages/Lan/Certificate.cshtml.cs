using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supple.Web.Lan;

namespace Supple.Web.Pages.Lan;

/// <summary>How to install Supple's local certificate authority on a phone or tablet (<c>supple serve --lan</c> only). Open to every device: the certificate is public.</summary>
[AllowAnonymous]
public sealed class CertificateModel(IServiceProvider services) : PageModel
{
    public string Fingerprint { get; private set; } = "";

    public string AuthorityName { get; private set; } = "";

    public IActionResult OnGet()
    {
        if (services.GetService<LanServer>() is not { } lan)
        {
            return NotFound();
        }

        Fingerprint = lan.Authority.Fingerprint;
        AuthorityName = lan.Authority.Certificate.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, forIssuer: false);
        return Page();
    }
}
