using Supple.Web.Resources;

namespace Supple.Web.Security;

/// <summary>What the security checks say to a person, in one place, in the current UI culture (<see cref="ApiText"/>).</summary>
public static class SecurityMessages
{
    public static string CrossSiteTitle => ApiText.Get(ApiText.CrossSiteTitle);

    public static string CrossSiteDetail => ApiText.Get(ApiText.CrossSiteDetail);
}
