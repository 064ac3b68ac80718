using Supple.Data;

namespace Supple.Application;

/// <summary>The medical disclaimer, shown and accepted once before the first session or desk break.</summary>
public sealed class Disclaimer
{
    private readonly SuppleApp _app;

    internal Disclaimer(SuppleApp app) => _app = app;

    /// <summary>When it was accepted, or <c>null</c> when not yet.</summary>
    /// <remarks>A local SQLite file already at this version's schema is read with plain SQL while the store is not open.</remarks>
    public async Task<DateTimeOffset?> AcceptedAtAsync(CancellationToken ct = default)
    {
        if (_app.Users is LocalUserStore { IsOpen: false } local && SqliteDocumentReader.TryReadSettings(local.Location, local.UserId) is { } fast)
        {
            return fast.DisclaimerAcceptedAt;
        }

        return (await (await _app.Users.GetAsync(ct)).GetSettingsAsync(ct)).DisclaimerAcceptedAt;
    }

    /// <summary>Accepts it (once: accepting again keeps the first time). Returns when it was accepted.</summary>
    public async Task<DateTimeOffset> AcceptAsync(CancellationToken ct = default)
    {
        // Accepted before (the usual case: `supple start --accept-disclaimer` in a script): nothing to write, so a local
        // file is only read, with plain SQL, and the store is not opened for it.
        if (await AcceptedAtAsync(ct) is { } accepted)
        {
            return accepted;
        }

        var store = await _app.Users.GetAsync(ct);
        var settings = await store.GetSettingsAsync(ct);
        if (settings.DisclaimerAcceptedAt is { } at)
        {
            return at;
        }

        var now = _app.Time.GetUtcNow();
        await store.SaveSettingsAsync(settings with { DisclaimerAcceptedAt = now }, ct);
        return now;
    }
}
