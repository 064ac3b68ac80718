using Microsoft.Extensions.Time.Testing;
using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Sessions;

namespace Supple.Data.Tests;

/// <summary>The terminal and the web app use one SQLite file at once (WAL and a busy timeout): no write is lost.</summary>
public sealed class SqliteConcurrencyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Two_stores_writing_one_file_at_once_lose_nothing()
    {
        var location = StoreLocation.ForFile(_folder.File("shared.db"));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var terminal = await SuppleStore.OpenAsync(location, time);
        await using var web = await SuppleStore.OpenAsync(location, time);
        var start = time.GetUtcNow();

        async Task GuidedAsync(SuppleStore store, int offset)
        {
            for (var i = 0; i < 15; i++)
            {
                var at = start.AddDays(offset + (i * 2));
                var id = await store.StartSessionAsync(new SessionStart(at, "built-in", DosageLevel.Standard, 5, ["cat-camel"]));
                await store.RecordStretchAsync(id, new StretchRecord("cat-camel", Side.None, 10, 1, 40, false, false), at.AddMinutes(1));
                await store.FinishSessionAsync(id, SessionOutcome.Completed, at.AddMinutes(2), 3, null);
            }
        }

        async Task DiaryAsync(SuppleStore store)
        {
            for (var i = 0; i < 30; i++)
            {
                await store.AddPainEntryAsync(PainEntry.Create(start.AddHours(i), new PainScore(i % 11)));
            }
        }

        await Task.WhenAll(Task.Run(() => GuidedAsync(terminal, 0)), Task.Run(() => GuidedAsync(web, 1)), Task.Run(() => DiaryAsync(web)));

        time.SetUtcNow(start.AddDays(30));
        var stats = await terminal.GetStatsAsync();
        Assert.Equal(30, stats.Sessions);
        Assert.Equal(30, stats.Completed);
        Assert.Equal(30, stats.LongestStreak);
        Assert.Equal(30, Assert.Single(stats.Stretches).TimesDone);
        var history = await web.GetHistoryAsync(null);
        Assert.Equal(30, history.Sessions.Count);
        Assert.Equal(30, history.PainEntries.Count);
        Assert.All(history.Sessions, s => Assert.Single(s.Stretches));
    }
}
