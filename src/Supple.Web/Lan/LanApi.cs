using Microsoft.AspNetCore.Http.HttpResults;

namespace Supple.Web.Lan;

/// <summary>The certificate authority's certificate, for anyone to download and install (it is public; its key never leaves the computer).</summary>
public static class LanApi
{
    public const string CertificateContentType = "application/x-x509-ca-cert";

    public static IEndpointRouteBuilder MapLan(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.ServiceProvider.GetService<LanServer>() is not null)
        {
            app.MapGet("/lan/ca.crt", GetCertificate).AllowAnonymous().ExcludeFromDescription();
        }

        return app;
    }

    /// <summary>DER, with the type Android and iOS open as a certificate authority to install.</summary>
    public static FileContentHttpResult GetCertificate(LanServer lan)
    {
        ArgumentNullException.ThrowIfNull(lan);
        return TypedResults.File(lan.Authority.Der, CertificateContentType, $"supple-local-ca-{lan.Names.HostName ?? "computer"}.crt");
    }
}
