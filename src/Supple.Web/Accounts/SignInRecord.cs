namespace Supple.Web.Accounts;

/// <summary>A sign-in that just happened: its session, how it was proved, from what, and whether that browser or program is new to the account.</summary>
public sealed record SignInRecord(string SessionId, string Kind, string Method, string? Client, DateTimeOffset At, bool NewClient);
