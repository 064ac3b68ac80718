using Supple.Core.Planning;
using Supple.Core.Safety;
using Supple.Core.Sessions;

namespace Supple.Application.Tests;

/// <summary>The assessment, the stored safety gate, a doctor's clearance and resuming a paused stretch, over a real SQLite file.</summary>
public sealed class AssessmentsTests : IAsyncDisposable
{
    private readonly AppOverFile _file = new();

    public ValueTask DisposeAsync() => _file.DisposeAsync();

    [Fact]
    public async Task A_warning_sign_stores_a_closed_gate_with_its_time_and_urgency_removes_the_plan_and_refuses_every_session()
    {
        Assert.IsType<PlanOffered>(await _file.App.Assessments.AssessAsync(AppOverFile.Answers()));
        Assert.NotNull(await _file.App.Assessments.PlanAsync());

        _file.Time.Advance(TimeSpan.FromHours(1));
        Assert.IsNotType<PlanOffered>(await _file.App.Assessments.AssessAsync(AppOverFile.Answers(RedFlag.Fever)));

        // A new unit of work (the next command or request) sees it.
        var app = _file.Reopen();
        var gate = await app.Assessments.GateAsync();
        Assert.True(gate.IsClosed);
        Assert.Equal(AppOverFile.Start.AddHours(1), gate.SeeDoctor!.At);
        Assert.Equal(RedFlags.Get(RedFlag.Fever).Urgency, gate.SeeDoctor.Urgency);
        Assert.Null(await app.Assessments.PlanAsync());

        foreach (var request in new[] { new SessionRequest(), new SessionRequest(DosageLevel.Gentle, ["cat-camel"]), new SessionRequest(FromPlan: true, PainBefore: 9) })
        {
            var refused = await Assert.ThrowsAsync<RefusedException>(() => app.Sessions.PrepareAsync(request));
            Assert.Equal(RefusalReason.SeeDoctorFirst, refused.Reason);
            Assert.Contains(SafetyMessages.HowTheGateOpens, refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_dated_clearance_opens_the_gate_with_a_plan_and_a_clearance_after_today_or_with_nothing_to_clear_is_refused()
    {
        var nothing = await Assert.ThrowsAsync<RefusedException>(() => _file.App.Assessments.ClearByDoctorAsync(new DateOnly(2026, 11, 20)));
        Assert.Equal(RefusalReason.NothingToDo, nothing.Reason);

        await _file.App.Assessments.AssessAsync(AppOverFile.Answers(RedFlag.UnexplainedWeightLoss));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => _file.App.Assessments.ClearByDoctorAsync(new DateOnly(2026, 11, 25)));
        Assert.True((await _file.Reopen().Assessments.GateAsync()).IsClosed);

        _file.Time.Advance(TimeSpan.FromDays(1));
        var plan = await _file.App.Assessments.ClearByDoctorAsync(new DateOnly(2026, 11, 21));
        Assert.NotEmpty(plan.Stretches);

        var app = _file.Reopen();
        var gate = await app.Assessments.GateAsync();
        Assert.False(gate.IsClosed);
        Assert.Equal(new DateOnly(2026, 11, 21), gate.Clearance!.ClearedOn);
        Assert.NotNull(await app.Assessments.PlanAsync());
        Assert.True((await app.Sessions.PrepareAsync(new SessionRequest(FromPlan: true))).FromPlan);
    }

    [Fact]
    public async Task Taking_the_assessment_again_without_the_sign_opens_the_gate()
    {
        await _file.App.Assessments.AssessAsync(AppOverFile.Answers(RedFlag.NightPainNotEasedByRest));
        Assert.NotNull(await _file.App.Assessments.RefusalAsync());
        _file.Time.Advance(TimeSpan.FromDays(3));
        await _file.Reopen().Assessments.AssessAsync(AppOverFile.Answers());
        Assert.Null(await _file.Reopen().Assessments.RefusalAsync());
    }

    [Fact]
    public async Task A_stretch_that_hurt_twice_in_a_week_is_paused_everywhere_until_resumed_explicitly()
    {
        await _file.App.Assessments.AssessAsync(AppOverFile.Answers());
        for (var i = 0; i < SafetyRules.PauseAfterHurts; i++)
        {
            var prepared = await _file.App.Sessions.PrepareAsync(new SessionRequest(DosageLevel.Gentle, ["shoulder-blade-squeeze"]));
            var session = await _file.App.Sessions.StartAsync(prepared, 2);
            await _file.App.Sessions.StopForPainAsync(session.Id);
            _file.Time.Advance(TimeSpan.FromDays(2));
        }

        var app = _file.Reopen();
        var paused = await Assert.ThrowsAsync<RefusedException>(() => app.Sessions.PrepareAsync(new SessionRequest(Only: ["shoulder-blade-squeeze"])));
        Assert.Equal(RefusalReason.AllPaused, paused.Reason);
        Assert.DoesNotContain((await app.Sessions.PrepareAsync(new SessionRequest(DosageLevel.Full))).Routine.Items, i => i.StretchId == "shoulder-blade-squeeze");
        var today = (await app.Assessments.TodayAsync())!;
        Assert.DoesNotContain(today.Routine.Items, i => i.StretchId == "shoulder-blade-squeeze");
        Assert.True(today.Progress.Single(p => p.StretchId == "shoulder-blade-squeeze").IsPaused);

        var resumed = await app.Assessments.ResumeAsync("shoulder-blade-squeeze");
        Assert.Contains(SafetyMessages.StopRule, resumed, StringComparison.Ordinal);
        var again = await _file.Reopen().Sessions.PrepareAsync(new SessionRequest(Only: ["shoulder-blade-squeeze"]));
        Assert.Equal("shoulder-blade-squeeze", Assert.Single(again.Routine.Items).StretchId);
        var notPaused = await Assert.ThrowsAsync<RefusedException>(() => _file.App.Assessments.ResumeAsync("cat-camel"));
        Assert.Equal(RefusalReason.NothingToDo, notPaused.Reason);
    }
}
