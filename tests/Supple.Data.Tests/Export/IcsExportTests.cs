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
}
