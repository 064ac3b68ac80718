using Supple.Data.Identity;

namespace Supple.Web.Accounts;

/// <summary>
/// One place the account is signed in: <c>kind</c> <c>browser</c> or <c>token</c>; <c>method</c> <c>password</c>,
/// <c>two-factor</c>, <c>recovery-code</c>, <c>passkey</c> or <c>registration</c>; <c>client</c> the browser or program;
/// <c>current</c> when it is the one asking. <c>id</c> is a short, stable label, not the session's secret.
/// </summary>
public sealed record SessionResponse(string Id, string Kind, string Method, string? Client, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt, bool Current)
{
    /// <summary>The sessions as shown, marking the one of <paramref name="currentSessionId"/>.</summary>
    public static IReadOnlyList<SessionResponse> ListOf(IEnumerable<AccountSessionRow> rows, string? currentSessionId)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var current = currentSessionId is null ? "" : AccountSessionStore.Hash(currentSessionId);
        return [.. rows.Select(s => new SessionResponse(s.IdHash[..16], s.Kind, s.Method, s.Client, s.CreatedAt, s.LastSeenAt, s.ExpiresAt, s.IdHash == current))];
    }
}
