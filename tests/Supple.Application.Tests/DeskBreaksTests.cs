using Supple.Core.History;
using Supple.Core.Safety;
using Supple.Core.Sessions;

namespace Supple.Application.Tests;

/// <summary>Desk breaks under the same rules as sessions, and recorded like them, over a real SQLite file.</summary>
public sealed class DeskBreaksTests : IAsyncDisposable
{
    private readonly AppOverFile _file = new();

    public ValueTask DisposeAsync() => _file.DisposeAsync();

    [Fact]
    public async Task Breaks_are_refused_before_the_disclaimer_and_while_the_gate_is_closed()
    {
        var disclaimer = await Assert.ThrowsAsync<RefusedException>(() => _file.App.DeskBreaks.PrepareAsync(acceptDisclaimer: false));
        Assert.Equal(RefusalReason.DisclaimerNotAccepted, disclaimer.Reason);
        Assert.NotEmpty((await _file.Reopen().DeskBreaks.PrepareAsync(acceptDisclaimer: true)).Routine.Items);
        Assert.NotNull(await _file.Reopen().Disclaimer.AcceptedAtAsync());

        await _file.App.Assessments.AssessAsync(AppOverFile.Answers(RedFlag.ChestPainOrBreathlessness));
        var gate = await Assert.ThrowsAsync<RefusedException>(() => _file.Reopen().DeskBreaks.PrepareAsync(acceptDisclaimer: true));
        Assert.Equal(RefusalReason.SeeDoctorFirst, gate.Reason);
    }

    [Fact]
    public async Task A_hurt_during_a_break_is_recorded_once_and_two_of_them_pause_the_stretch_for_later_breaks()
    {
        var plan = await _file.App.DeskBreaks.PrepareAsync(acceptDisclaimer: true);
        var first = plan.Routine.Items[0].StretchId;
        for (var i = 0; i < SafetyRules.PauseAfterHurts; i++)
        {
            var report = new BreakReport(Guid.NewGuid(), plan.Routine, _file.Time.GetUtcNow(), TimeSpan.FromSeconds(2), StepEnd.Hurt);
            var recorded = await _file.Reopen().DeskBreaks.RecordAsync(report);
            Assert.Equal(SessionSource.DeskBreak, recorded.Source);
            Assert.Equal(SessionOutcome.StoppedForPain, recorded.Outcome);
            Assert.Equal(first, recorded.Hurt?.StretchId);
            Assert.Equal(recorded.Id, (await _file.Reopen().DeskBreaks.RecordAsync(report)).Id); // reported again: the same
            _file.Time.Advance(TimeSpan.FromHours(1));
        }

        var app = _file.Reopen();
        Assert.Equal(SafetyRules.PauseAfterHurts, (await app.Journal.HistoryAsync()).Sessions.Count);
        var next = await app.DeskBreaks.PrepareAsync(acceptDisclaimer: false);
        Assert.DoesNotContain(next.Routine.Items, i => i.StretchId == first);
        Assert.NotEmpty(next.Routine.Items);
        Assert.Equal(0, (await app.Journal.StatsAsync()).CurrentStreak); // a break that hurt is no practised day
    }
}
