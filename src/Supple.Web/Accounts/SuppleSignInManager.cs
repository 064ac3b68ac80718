using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Supple.Core.Localization;
using Supple.Data.Identity;
using Supple.Web.Resources;

namespace Supple.Web.Accounts;

/// <summary>
/// Identity's sign-in manager with server-side sessions: every sign-in (cookie or bearer tokens, by password,
/// two-factor code, recovery code or passkey) creates an <see cref="AccountSessionRow"/> whose id travels in the
/// cookie or token (<see cref="SignedInUser.SessionClaim"/>), and signing out deletes it, so a copy of the old cookie
/// or token no longer works anywhere.
/// </summary>
public sealed class SuppleSignInManager(
    UserManager<SuppleUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<SuppleUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<SuppleUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<SuppleUser> confirmation,
    AccountSessionStore sessions,
    SessionLifetime lifetime,
    AccountMail mail,
    IOptions<AccountOptions> accounts,
    TimeProvider time)
    : SignInManager<SuppleUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>How the next sign-in was proved, when Identity's <c>amr</c> claim does not tell (recovery code, passkey, registration).</summary>
    private string? _method;

    /// <summary>Signs a new account in right after it was created.</summary>
    public Task SignInAfterRegistrationAsync(SuppleUser user)
    {
        _method = SessionMethods.Registration;
        return SignInAsync(user, isPersistent: true);
    }

    public override async Task SignInWithClaimsAsync(SuppleUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(additionalClaims);
        var claims = additionalClaims.Where(c => c.Type != SignedInUser.SessionClaim).ToList();
        var method = _method ?? (claims.Any(c => c.Type == "amr" && c.Value == "mfa") ? SessionMethods.TwoFactor : SessionMethods.Password);
        _method = null;
        var kind = AuthenticationScheme == IdentityConstants.BearerScheme ? SessionMethods.TokenKind : SessionMethods.BrowserKind;
        var client = ClientOf(Context.Request.Headers.UserAgent.ToString());
        var now = time.GetUtcNow();
        var stamp = await UserManager.GetSecurityStampAsync(user);
        var known = await sessions.HasSessionFromAsync(user.Id, client, exceptSessionId: null, Context.RequestAborted);
        var id = await sessions.CreateAsync(user.Id, stamp, kind, method, client, lifetime.ExpiresAt(now, now), Context.RequestAborted);
        claims.Add(new Claim(SignedInUser.SessionClaim, id));
        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
        LastSignIn = new SignInRecord(id, kind, method, client, now, NewClient: !known);

        // A browser or program the account had no session from: tell the person, in case it was not them.
        if (LastSignIn.NewClient && method != SessionMethods.Registration && accounts.Value.NotifyNewSignIns)
        {
            await mail.SendNewSignInAsync(user, LastSignIn);
        }
    }

    /// <summary>The sign-in this manager made last (in this request), or null.</summary>
    public SignInRecord? LastSignIn { get; private set; }

    /// <summary>Signs the request's session out: its row is deleted, so the cookie or token is refused from now on.</summary>
    public override async Task SignOutAsync()
    {
        await sessions.RevokeAsync(SignedInUser.SessionIdOf(Context.User), Context.RequestAborted);
        await base.SignOutAsync();
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        _method = SessionMethods.RecoveryCode;
        try
        {
            return await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        }
        finally
        {
            _method = null;
        }
    }

    /// <summary>
    /// Signs in with a passkey (the JSON of <c>navigator.credentials.get()</c>, after <see cref="SignInManager{TUser}.MakePasskeyRequestOptionsAsync"/>).
    /// Unlike Identity's own, the sign-in is persistent and recorded as a passkey sign-in; the passkey's counter and
    /// flags are updated.
    /// </summary>
    public override async Task<SignInResult> PasskeySignInAsync(string credentialJson)
    {
        ArgumentException.ThrowIfNullOrEmpty(credentialJson);
        var assertion = await PerformPasskeyAssertionAsync(credentialJson);
        if (!assertion.Succeeded)
        {
            return SignInResult.Failed;
        }

        if (await PreSignInCheck(assertion.User) is { } refused)
        {
            return refused;
        }

        if (!(await UserManager.AddOrUpdatePasskeyAsync(assertion.User, assertion.Passkey)).Succeeded)
        {
            return SignInResult.Failed;
        }

        _method = SessionMethods.Passkey;
        await SignInWithClaimsAsync(assertion.User, isPersistent: true, [new Claim("amr", "hwk")]);
        return SignInResult.Success;
    }

    // How ClientOf joins a browser and its system in what is stored ("Firefox on Linux"), in English whatever the language.
    private const string On = " on ";

    private static readonly string[] Browsers = ["Edge", "Firefox", "Chrome", "Safari"];

    private static readonly string[] Systems = ["Android", "iOS", "Windows", "macOS", "Linux"];

    /// <summary>
    /// A stored client (<see cref="ClientOf"/>'s "Firefox on Linux") in the current UI culture ("Firefox unter Linux");
    /// anything else (a browser alone, a program's token, a row written some other way) as it is stored.
    /// </summary>
    internal static string? ClientInCurrentLanguage(string? stored)
    {
        var at = stored?.IndexOf(On, StringComparison.Ordinal) ?? -1;
        if (at <= 0 || !Browsers.Contains(stored![..at], StringComparer.Ordinal) || !Systems.Contains(stored[(at + On.Length)..], StringComparer.Ordinal))
        {
            return stored;
        }

        return AccountText.Localizer.Format(AccountText.ClientOnSystem, ("browser", stored[..at]), ("system", stored[(at + On.Length)..]));
    }

    /// <summary>
    /// A short description of the browser or program, for the list of sessions and the new sign-in notice: stored in
    /// English ("Firefox on Linux"), shown in the reader's language by <see cref="ClientInCurrentLanguage"/>.
    /// </summary>
    internal static string? ClientOf(string userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return null;
        }

        var browser = userAgent switch
        {
            _ when userAgent.Contains("Edg/", StringComparison.Ordinal) => "Edge",
            _ when userAgent.Contains("Firefox/", StringComparison.Ordinal) => "Firefox",
            _ when userAgent.Contains("Chrome/", StringComparison.Ordinal) || userAgent.Contains("Chromium/", StringComparison.Ordinal) => "Chrome",
            _ when userAgent.Contains("Safari/", StringComparison.Ordinal) => "Safari",
            _ => null,
        };
        var system = userAgent switch
        {
            _ when userAgent.Contains("Android", StringComparison.Ordinal) => "Android",
            _ when userAgent.Contains("iPhone", StringComparison.Ordinal) || userAgent.Contains("iPad", StringComparison.Ordinal) => "iOS",
            _ when userAgent.Contains("Windows", StringComparison.Ordinal) => "Windows",
            _ when userAgent.Contains("Mac OS", StringComparison.Ordinal) => "macOS",
            _ when userAgent.Contains("Linux", StringComparison.Ordinal) => "Linux",
            _ => null,
        };
        if (browser is not null)
        {
            return system is null ? browser : $"{browser}{On}{system}";
        }

        // A program: its first product token ("curl/8.5.0", "python-requests/2.31").
        var first = userAgent.Split(' ', 2)[0];
        return first.Length > 60 ? first[..60] : first;
    }
}
