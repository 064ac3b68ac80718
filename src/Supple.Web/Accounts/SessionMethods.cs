namespace Supple.Web.Accounts;

/// <summary>The stored names of how a sign-in was proved and of what it is (<see cref="Supple.Data.Identity.AccountSessionRow"/>).</summary>
public static class SessionMethods
{
    public const string Password = "password";

    public const string TwoFactor = "two-factor";

    public const string RecoveryCode = "recovery-code";

    public const string Passkey = "passkey";

    public const string Registration = "registration";

    public const string BrowserKind = "browser";

    public const string TokenKind = "token";
}
