using Microsoft.Extensions.Time.Testing;
using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Sessions;

namespace Supple.Data.Tests.Export;

/// <summary>A real SQLite store with a small history (a completed session, one stopped for pain, an open one, diary entries), exported.</summary>
internal static class ExportHistoryFixture
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 7, 30, 0, TimeSpan.Zero);

    public static async Task<ExportDocument> CreateAsync(TempFolder folder)
    {
        var time = new FakeTimeProvider(Start.AddDays(10));
        await using var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(folder.File("export.db")), time);

        var completed = await store.StartSessionAsync(new SessionStart(Start, BuiltInProgramme.Name, DosageLevel.Standard, 6, ["shoulder-blade-squeeze", "upper-trapezius-stretch"]));
        await store.RecordStretchAsync(completed, new StretchRecord("shoulder-blade-squeeze", Side.None, 10, 1, 5, false, false), Start.AddMinutes(2));
        await store.RecordStretchAsync(completed, new StretchRecord("upper-trapezius-stretch", Side.Left, 3, 1, 30, false, false), Start.AddMinutes(4));
        await store.RecordStretchAsync(completed, new StretchRecord("upper-trapezius-stretch", Side.Right, 3, 1, 30, false, false), Start.AddMinutes(6));
        await store.FinishSessionAsync(completed, SessionOutcome.Completed, Start.AddMinutes(7), 3, null);

        var day2 = Start.AddDays(1);
        var stopped = await store.StartSessionAsync(new SessionStart(day2, BuiltInProgramme.Name, DosageLevel.Gentle, 5, ["cat-camel", "seated-twist"]));
        await store.RecordStretchAsync(stopped, new StretchRecord("cat-camel", Side.None, 5, 1, 5, false, false), day2.AddMinutes(3));
        await store.RecordStretchAsync(stopped, new StretchRecord("seated-twist", Side.Left, 1, 1, 10, false, true), day2.AddMinutes(5));
        await store.FinishSessionAsync(stopped, SessionOutcome.StoppedForPain, day2.AddMinutes(5), 8, new HurtReport("seated-twist", Side.Left, day2.AddMinutes(5)));

        await store.StartSessionAsync(new SessionStart(Start.AddDays(2), BuiltInProgramme.Name, DosageLevel.Full, null, ["childs-pose"]));

        await store.AddPainEntryAsync(PainEntry.Create(Start.AddDays(3), new PainScore(4), BodyArea.UpperBack, "after a long drive"));
        await store.AddPainEntryAsync(PainEntry.Create(Start.AddDays(4), new PainScore(0), null, null));
        return await store.ExportAsync();
    }
}
