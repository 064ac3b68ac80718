using Microsoft.EntityFrameworkCore;

namespace Supple.Data.Identity;

/// <summary>Everything stored for one account, removed together.</summary>
public static class AccountData
{
    /// <summary>
    /// Deletes every row of <paramref name="userId"/> in every table that has a <c>user_id</c> column (sessions,
    /// stretches, pain, settings, summaries, documents and whatever table is added later), then the account itself,
    /// in one transaction: either all of it is gone or none of it.
    /// </summary>
    public static async Task DeleteAsync(SuppleDbContext context, string userId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);

        var strategy = context.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await context.Database.BeginTransactionAsync(ct);
            foreach (var table in OwnedTables(context))
            {
                // Table and column names come from the model, never from input; the id is a parameter.
#pragma warning disable EF1002
                await context.Database.ExecuteSqlRawAsync($"DELETE FROM \"{table}\" WHERE \"user_id\" = {{0}}", [userId], ct);
#pragma warning restore EF1002
            }

            await context.Set<SuppleUser>().Where(u => u.Id == userId).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
        });
    }

    /// <summary>The tables holding per-user rows, children before parents (stretch records before sessions).</summary>
    internal static IReadOnlyList<string> OwnedTables(SuppleDbContext context) =>
        [.. context.Model.GetEntityTypes()
            .Where(e => e.ClrType != typeof(SuppleUser) && e.GetTableName() is not null && e.GetProperties().Any(p => p.GetColumnName() == "user_id"))
            .Where(e => !e.ClrType.Namespace!.StartsWith("Microsoft.", StringComparison.Ordinal))
            .OrderByDescending(e => e.GetForeignKeys().Count())
            .Select(e => e.GetTableName()!)
            .Distinct()];
}
