namespace Supple.Web.Accounts;

/// <summary>Accounts, bound from the <c>Supple:Accounts</c> configuration section (<c>supple serve --multi-user</c> sets <see cref="MultiUser"/>).</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Supple:Accounts";

    /// <summary>
    /// Many people on one server: everyone registers and signs in, and sees only their own data. Off (the default),
    /// the app is the single local user's, with no login.
    /// </summary>
    public bool MultiUser { get; set; }

    /// <summary>Whether anyone who reaches the server may create an account (browser and API). On by default.</summary>
    public bool AllowRegistration { get; set; } = true;

    /// <summary>Shortest password accepted. 12 by default; no composition rules (NIST SP 800-63B).</summary>
    public int MinimumPasswordLength { get; set; } = 12;

    /// <summary>Failed sign-ins in a row before an account is locked for <see cref="LockoutMinutes"/>.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in and registration attempts allowed per client address per minute (each server counts its own).</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;
}
