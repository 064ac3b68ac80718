namespace Supple.Web.Security;

/// <summary>What the security checks say to a person, in one place (to be translated with the rest).</summary>
public static class SecurityMessages
{
    public const string CrossSiteTitle = "Request refused: it came from another site.";

    public const string CrossSiteDetail =
        "Changes can only be made from Supple's own pages. If you clicked a link or button on another site, go to Supple and try again there.";
}
