using Microsoft.Extensions.Options;

namespace Supple.Web.Accounts;

/// <summary>How long a sign-in lasts: it slides with use up to <see cref="AccountOptions.SessionIdleTimeout"/>, and never past <see cref="AccountOptions.SessionMaxLifetime"/>.</summary>
public sealed class SessionLifetime(IOptions<AccountOptions> options)
{
    public TimeSpan Idle => options.Value.SessionIdleTimeout;

    public TimeSpan Max => options.Value.SessionMaxLifetime;

    /// <summary>A session's use is written down at most this often (a tenth of the idle time, at most five minutes).</summary>
    public TimeSpan TouchInterval => TimeSpan.FromTicks(Math.Min(Idle.Ticks / 10, TimeSpan.FromMinutes(5).Ticks));

    /// <summary>When a session made at <paramref name="createdAt"/> and used at <paramref name="now"/> ends.</summary>
    public DateTimeOffset ExpiresAt(DateTimeOffset createdAt, DateTimeOffset now)
    {
        var sliding = now + Idle;
        var absolute = createdAt + Max;
        return sliding < absolute ? sliding : absolute;
    }
}
