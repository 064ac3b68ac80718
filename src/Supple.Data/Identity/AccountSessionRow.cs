namespace Supple.Data.Identity;

/// <summary>
/// One signed-in browser or one pair of bearer tokens: the server's record of a sign-in, checked on every request.
/// Deleting the row signs that browser or token out at once, on every server; a cookie or token whose row is gone (or
/// whose security stamp no longer matches the account's) is refused.
/// </summary>
public sealed class AccountSessionRow
{
    /// <summary>SHA-256 (hex) of the session id carried in the cookie or token: a copy of the database holds no usable id.</summary>
    public required string IdHash { get; set; }

    public required string UserId { get; set; }

    /// <summary>The account's security stamp this session belongs to; a new stamp (new password, "sign out everywhere") ends it.</summary>
    public required string SecurityStamp { get; set; }

    /// <summary><c>browser</c> (the <c>supple.auth</c> cookie) or <c>token</c> (bearer and refresh tokens).</summary>
    public required string Kind { get; set; }

    /// <summary>How the person proved who they are: <c>password</c>, <c>two-factor</c>, <c>recovery-code</c>, <c>passkey</c>, <c>registration</c>.</summary>
    public required string Method { get; set; }

    /// <summary>A short description of the browser or program (from its User-Agent), for "where you are signed in".</summary>
    public string? Client { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the session was last used (updated at most every few minutes).</summary>
    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>The session ends here unless it is used again before (sliding), and never after its absolute limit.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
