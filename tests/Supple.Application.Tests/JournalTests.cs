using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Safety;
using Supple.Core.Sessions;
using Supple.Data;

namespace Supple.Application.Tests;

/// <summary>Logging a session (possible while the gate is closed), and export then import (hurts and all), over real SQLite files.</summary>
public sealed class JournalTests : IAsyncDisposable
{
    private readonly AppOverFile _file = new();

    public ValueTask DisposeAsync() => _file.DisposeAsync();

    [Fact]
    public async Task A_pain_entry_on_a_file_at_this_schema_is_written_without_opening_the_store_and_a_new_file_takes_the_store()
    {
        // A new file: nothing for the plain path to answer for, so the store creates it and the entry goes in that way.
        var first = PainEntry.Create(AppOverFile.Start.AddHours(-2), new PainScore(5));
        await _file.App.Journal.AddPainAsync(first);
        await (await _file.App.Users.GetAsync()).SaveSettingsAsync(UserSettings.Default with { TimeZoneId = "America/New_York" });

        var app = _file.Reopen();
        Assert.Equal("America/New_York", (await app.Journal.TimeZoneAsync()).Id);
        Assert.Equal(SafetyMessages.HighDiaryPainAdvice, await app.Journal.AddPainAsync(PainEntry.Create(AppOverFile.Start, new PainScore(8), BodyArea.UpperBack, "plain path")));
        var users = (LocalUserStore)app.Users;
        Assert.False(users.IsOpen, "the pain entry opened the EF Core store");

        var entries = (await _file.Reopen().Journal.HistoryAsync()).PainEntries;
        Assert.Equal([5, 8], entries.OrderBy(p => p.At).Select(p => p.Score.Value));
        Assert.Equal("plain path", entries.Single(p => p.Score.Value == 8).Note);
    }

    [Fact]
    public async Task A_session_done_with_a_clinician_is_logged_while_the_gate_is_closed_and_makes_a_practised_day()
    {
        await _file.App.Assessments.AssessAsync(AppOverFile.Answers(RedFlag.Fever));
        var logged = new LoggedSession(AppOverFile.Start.AddHours(-1), BuiltInProgramme.Name, DosageLevel.Gentle,
            [new StretchRecord("cat-camel", Side.None, 5, 1, 0, Skipped: false, Hurt: false)], 4, 3, "with my physiotherapist");
        await _file.App.Journal.LogAsync(logged);

        var app = _file.Reopen();
        var session = Assert.Single((await app.Journal.HistoryAsync()).Sessions);
        Assert.Equal(SessionSource.Logged, session.Source);
        Assert.Equal("with my physiotherapist", session.Note);
        var stats = await app.Journal.StatsAsync();
        Assert.Equal(1, stats.CurrentStreak);
        Assert.Equal(1, stats.Completed);
        Assert.True((await app.Assessments.GateAsync()).IsClosed); // logging does not open it
    }

    [Fact]
    public async Task Imported_hurts_count_for_the_pause_rule_and_importing_again_adds_nothing()
    {
        for (var i = 0; i < SafetyRules.PauseAfterHurts; i++)
        {
            var prepared = await _file.App.Sessions.PrepareAsync(new SessionRequest(DosageLevel.Gentle, ["seated-twist"]));
            var session = await _file.App.Sessions.StartAsync(prepared, 3);
            await _file.App.Sessions.StopForPainAsync(session.Id, painAfter: 5);
            _file.Time.Advance(TimeSpan.FromHours(5));
        }

        var export = await _file.App.Journal.ExportAsync();
        await using var target = new AppOverFile("someone");
        target.Time.SetUtcNow(_file.Time.GetUtcNow());
        var rules = new ImportRules(BuiltInProgramme.Instance.Stretches.Select(s => s.Id).ToHashSet(), ImportRules.DefaultClockSkew);
        var result = await target.App.Journal.ImportAsync(export, rules);
        Assert.Equal(SafetyRules.PauseAfterHurts, result.SessionsAdded);

        var app = target.Reopen();
        var sessions = (await app.Journal.HistoryAsync()).Sessions;
        Assert.All(sessions, s => Assert.Equal("seated-twist", s.Hurt?.StretchId));
        var paused = await Assert.ThrowsAsync<RefusedException>(() => app.Sessions.PrepareAsync(new SessionRequest(Only: ["seated-twist"])));
        Assert.Equal(RefusalReason.AllPaused, paused.Reason);

        var again = await target.Reopen().Journal.ImportAsync(export, rules);
        Assert.Equal(0, again.SessionsAdded);
        Assert.Equal(SafetyRules.PauseAfterHurts, again.SessionsAlreadyPresent);
    }
}
