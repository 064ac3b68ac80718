using Microsoft.EntityFrameworkCore;
using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Sessions;
using Supple.Data;
using Supple.Data.Entities;

namespace Supple.Web.Data;

/// <summary>
/// Reads guided sessions by the id the store gave them when they started (the API's session id), which the store's
/// history does not expose. Read-only: every write goes through <see cref="SuppleStore"/>.
/// </summary>
public sealed class SessionReader(IDbContextFactory<SuppleDbContext> contexts, SuppleStoreFactory stores)
{
    public async Task<SessionView?> FindAsync(string userId, long id, CancellationToken ct = default)
    {
        await stores.EnsureReadyAsync(ct);
        await using var context = await contexts.CreateDbContextAsync(ct);
        var row = await context.Sessions.AsNoTracking().Include(s => s.Stretches)
            .SingleOrDefaultAsync(s => s.Id == id && s.UserId == userId, ct);
        return row is null ? null : ToView(row);
    }

    /// <summary>The latest guided session that was started but never finished, if any.</summary>
    public async Task<SessionView?> FindOpenAsync(string userId, CancellationToken ct = default)
    {
        await stores.EnsureReadyAsync(ct);
        await using var context = await contexts.CreateDbContextAsync(ct);
        var guided = StoredNames.Of(SessionSource.Guided);
        var row = await context.Sessions.AsNoTracking().Include(s => s.Stretches)
            .Where(s => s.UserId == userId && s.Outcome == null && s.Source == guided)
            .OrderByDescending(s => s.StartedAt).ThenByDescending(s => s.Id)
            .FirstOrDefaultAsync(ct);
        return row is null ? null : ToView(row);
    }

    private static SessionView ToView(SessionRow row) => new(
        row.Id,
        row.StartedAt,
        row.EndedAt,
        StoredNames.TryLevel(row.Level, out var level) ? level : DosageLevel.Standard,
        row.Outcome is null ? null : StoredNames.TryOutcome(row.Outcome, out var outcome) ? outcome : SessionOutcome.Abandoned,
        row.PainBefore,
        row.PainAfter,
        row.HurtStretchId is { } hurt ? new HurtReport(hurt, SideOf(row.HurtSide), row.HurtAt ?? row.StartedAt) : null,
        [.. row.Stretches.OrderBy(r => r.Seq).Select(r => new StretchRecord(r.StretchId, SideOf(r.Side), r.RepsDone, r.SetsDone, r.SecondsHeld, r.Skipped, r.Hurt))]);

    private static Side SideOf(string? name) => StoredNames.TrySide(name, out var side) ? side : Side.None;
}
