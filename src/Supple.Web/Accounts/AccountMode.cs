namespace Supple.Web.Accounts;

/// <summary>Whether this server has accounts (multi-user) or is the single local user's.</summary>
public sealed record AccountMode(bool MultiUser, bool AllowRegistration);
