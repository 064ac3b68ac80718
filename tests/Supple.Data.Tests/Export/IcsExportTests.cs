using Ical.Net;

namespace Supple.Data.Tests.Export;

/// <summary>The calendar export, parsed back with Ical.Net.</summary>
public sealed class IcsExportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Every_session_is_an_event_at_its_time_with_its_outcome_and_stretches()
    {
        var document = await ExportHistoryFixture.CreateAsync(_folder);
        var calendar = Calendar.Load(IcsExport.Write(document))!;
        Assert.Equal(document.Sessions.Count, calendar.Events.Count);
        foreach (var session in document.Sessions)
        {
            var e = calendar.Events.Single(x => x.Uid == session.Id.ToString("D") + "@supple");
            Assert.Equal(session.StartedAt.UtcDateTime, e.DtStart!.AsUtc);
            Assert.Equal((session.EndedAt ?? session.StartedAt + IcsExport.OpenSessionLength).UtcDateTime, e.DtEnd!.AsUtc);
            Assert.Equal(IcsExport.Summary(session), e.Summary);
            foreach (var stretch in session.Stretches)
            {
                Assert.Contains(Supple.Core.Content.BuiltInProgramme.Instance.FindStretch(stretch.Stretch)!.Name, e.Description, StringComparison.Ordinal);
            }
        }

        var stopped = calendar.Events.Single(e => e.Summary!.Contains("it hurt", StringComparison.Ordinal));
        Assert.Contains("it hurt", stopped.Description, StringComparison.Ordinal);
        Assert.Contains("Pain before: 5/10", stopped.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stretch_logged_by_hand_reads_done_and_a_guided_one_its_counts()
    {
        var at = new DateTimeOffset(2026, 11, 20, 7, 30, 0, TimeSpan.Zero);
        var session = new ExportedSession(
            Guid.NewGuid(), at, at.AddMinutes(10), new DateOnly(2026, 11, 20), "UTC", "built-in", "standard", "logged", "completed",
            null, null, null, null, null, null,
            [
                new ExportedStretch("cat-camel", "none", 0, 0, 0, Skipped: false, Hurt: false, at),
                new ExportedStretch("shoulder-blade-squeeze", "none", 10, 1, 50, Skipped: false, Hurt: false, at),
                new ExportedStretch("childs-pose", "none", 0, 0, 0, Skipped: true, Hurt: false, at),
            ]);
        var document = new ExportDocument(ExportDocument.FormatName, ExportDocument.CurrentVersion, at, "UTC", [session], []);

        var description = Assert.Single(Calendar.Load(IcsExport.Write(document))!.Events).Description!;

        Assert.Contains("\nCat-camel stretch: done", "\n" + description.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Shoulder blade squeeze: 10 reps × 1 sets, held 50 s", description, StringComparison.Ordinal);
        Assert.Contains("Child's pose: skipped", description, StringComparison.Ordinal);
        Assert.DoesNotContain(": 0 reps", description, StringComparison.Ordinal);
    }
}
