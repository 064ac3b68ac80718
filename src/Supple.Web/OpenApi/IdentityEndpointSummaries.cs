namespace Supple.Web.OpenApi;

/// <summary>
/// Summaries for the account endpoints that ASP.NET Core Identity maps (<c>MapIdentityApi</c>), which come without
/// one; Supple's own endpoints say theirs where they are mapped.
/// </summary>
internal static class IdentityEndpointSummaries
{
    private static readonly Dictionary<string, string> Summaries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["POST account/register"] = "Create an account with an e-mail address and a password.",
        ["POST account/login"] = "Sign in: a bearer token (and refresh token), or the session cookie with useCookies=true.",
        ["POST account/refresh"] = "Trade a refresh token for a new bearer token.",
        ["GET account/confirmEmail"] = "Confirm an e-mail address with the code sent to it.",
        ["POST account/resendConfirmationEmail"] = "Send the confirmation e-mail again.",
        ["POST account/forgotPassword"] = "Send a password reset code to the account's e-mail address.",
        ["POST account/resetPassword"] = "Set a new password with a reset code.",
        ["POST account/manage/2fa"] = "Turn two-factor sign-in on or off, or make new recovery codes.",
        ["GET account/manage/info"] = "The signed-in account's e-mail address and whether it is confirmed.",
        ["POST account/manage/info"] = "Change the signed-in account's e-mail address or password.",
    };

    /// <summary>The summary of an Identity endpoint by method and path (<c>api/v1/account/login</c>), or null.</summary>
    public static string? For(string? method, string? relativePath)
    {
        var path = relativePath ?? "";
        var account = path.IndexOf("account/", StringComparison.OrdinalIgnoreCase);
        return account < 0 ? null : Summaries.GetValueOrDefault($"{method} {path[account..]}");
    }
}
