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

    /// <summary>
    /// Refuse to sign in until the address is confirmed through the link e-mailed at registration. Off by default;
    /// needs mail (<c>Supple:Mail</c>).
    /// </summary>
    public bool RequireConfirmedEmail { get; set; }

    /// <summary>Shortest password accepted. 12 by default; no composition rules (NIST SP 800-63B), common passwords refused.</summary>
    public int MinimumPasswordLength { get; set; } = 12;

    /// <summary>Failed sign-ins in a row with one address (an account's or not) before it is locked for <see cref="LockoutMinutes"/>.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked address stays locked.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>A signed-in browser or token that is not used for this long is signed out (sliding). 14 days by default.</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Every sign-in ends after this long, used or not. 30 days by default.</summary>
    public TimeSpan SessionMaxLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>E-mail a person when their account is signed in from a browser or program it had no session from (needs mail).</summary>
    public bool NotifyNewSignIns { get; set; } = true;

    /// <summary>Sign-in attempts per client address per minute (generous: an office behind one address signs in together).</summary>
    public int SignInPerAddressPerMinute { get; set; } = 60;

    /// <summary>Sign-in attempts per e-mail address (or per account, for the two-factor step) per minute.</summary>
    public int SignInPerAccountPerMinute { get; set; } = 10;

    /// <summary>New accounts per client address per hour.</summary>
    public int RegistrationsPerAddressPerHour { get; set; } = 60;

    /// <summary>Password reset and confirmation e-mails asked for per client address per hour.</summary>
    public int ResetsPerAddressPerHour { get; set; } = 20;

    /// <summary>Password reset and confirmation e-mails per e-mail address per hour (nobody's inbox is flooded).</summary>
    public int ResetsPerAccountPerHour { get; set; } = 5;

    /// <summary>Changes to a signed-in account (password, two-factor, passkeys, sign-out) per account per minute.</summary>
    public int AccountChangesPerMinute { get; set; } = 30;
}
