using System.Globalization;
using Supple.Web.Accounts;

namespace Supple.Web.Pages.Account;

/// <summary>What a sign-in page shows, and with which status code, when a sign-in did not succeed.</summary>
internal static class SignInAnswer
{
    public static string Text(SignInOutcome outcome) => outcome.Status switch
    {
        SignInStatus.Locked => AccountMessages.Locked(outcome.RetryAfter ?? TimeSpan.Zero),
        SignInStatus.Throttled => AccountMessages.Throttled,
        SignInStatus.TwoFactorRequired => AccountMessages.TwoFactorRequired,
        SignInStatus.TwoFactorFailed => AccountMessages.TwoFactorFailed,
        SignInStatus.NotAllowed => AccountMessages.NotAllowed,
        _ => AccountMessages.FailedSignIn,
    };

    /// <summary>Sets the status code (and <c>Retry-After</c> for a lock or a throttle) of the page's answer.</summary>
    public static void Apply(HttpResponse response, SignInOutcome outcome)
    {
        response.StatusCode = outcome.Status switch
        {
            SignInStatus.Locked or SignInStatus.Throttled => StatusCodes.Status429TooManyRequests,
            SignInStatus.NotAllowed => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status401Unauthorized,
        };
        if (outcome.RetryAfter is { } wait)
        {
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A local URL to go back to after signing in, or null.</summary>
    public static string? LocalOrNull(Microsoft.AspNetCore.Mvc.IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
