using Supple.Cli.Infrastructure;
using Supple.Cli.Sessions;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Safety;
using Supple.Core.Sessions;

namespace Supple.Cli.Tests.Sessions;

/// <summary>
/// The live <c>supple start</c> in-process: Spectre's TestConsole types the keys, a fake clock holds time still
/// (so every key lands on a known step), and a real SQLite file records what happened, read back with the store.
/// </summary>
public sealed class GuidedSessionTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private StartOptions Options(bool accept = false, int? painBefore = null, int? painAfter = null, params string[] only) =>
        new(DosageLevel.Standard, only, RepoPaths.TestProgramme("tiny.yaml"), Db: _db.Path, Plain: false, Quiet: true, Voice: false,
            AcceptDisclaimer: accept, PainBefore: painBefore, PainAfter: painAfter);

    private static Task<int> RunAsync(TestCli cli, StartOptions options) =>
        new GuidedSession(cli.Console).RunAsync(options, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

    [Fact]
    public async Task First_run_shows_the_disclaimer_and_stores_the_acceptance()
    {
        using var cli = new TestCli();
        cli.Ansi.Input.PushTextWithEnter("y");   // accept
        cli.Ansi.Input.PushTextWithEnter("");    // pain before: skipped
        cli.Ansi.Input.PushCharacter('h');       // this hurts, at once
        cli.Ansi.Input.PushTextWithEnter("");    // pain after: skipped
        var exit = await RunAsync(cli, Options());
        Assert.Equal(0, exit);
        Assert.Contains("This is a test programme, not medical advice.", cli.Ansi.Output, StringComparison.Ordinal);
        Assert.Equal(cli.Time.GetUtcNow(), (await _db.SettingsAsync()).DisclaimerAcceptedAt);
    }

    [Fact]
    public async Task Declining_the_disclaimer_starts_nothing()
    {
        using var cli = new TestCli();
        cli.Ansi.Input.PushTextWithEnter("n");
        var exit = await RunAsync(cli, Options());
        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Null((await _db.SettingsAsync()).DisclaimerAcceptedAt);
        Assert.Empty((await _db.HistoryAsync()).Sessions);
        Assert.Contains("Not started", cli.Ansi.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task This_hurts_stops_at_once_records_where_shows_the_stop_rule_and_never_cheers()
    {
        using var cli = new TestCli();
        cli.Ansi.Input.PushTextWithEnter("6");   // pain before
        cli.Ansi.Input.PushCharacter('n');       // skip "get into position": now holding rep 1
        cli.Ansi.Input.PushCharacter('h');       // this hurts
        cli.Ansi.Input.PushTextWithEnter("eight"); // not a number: asked again
        cli.Ansi.Input.PushTextWithEnter("12");  // out of range: asked again
        cli.Ansi.Input.PushTextWithEnter("7");   // pain after
        var exit = await RunAsync(cli, Options(accept: true));
        Assert.Equal(0, exit);

        var session = Assert.Single((await _db.HistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.StoppedForPain, session.Outcome);
        Assert.Equal(6, session.PainBefore?.Value);
        Assert.Equal(7, session.PainAfter?.Value);
        Assert.Equal("quick-squeeze", session.Hurt!.StretchId);
        var record = Assert.Single(session.Stretches);
        Assert.True(record is { Hurt: true, Partial: true, StretchId: "quick-squeeze" });

        var output = cli.Ansi.Output;
        Assert.Contains("STOP", output, StringComparison.Ordinal);
        Assert.Contains("Stopped during: Quick squeeze.", output, StringComparison.Ordinal);
        Assert.Contains("This is saved in your history.", output, StringComparison.Ordinal);
        Assert.Contains("excruciatingly painful", output, StringComparison.Ordinal); // the article's stop rule, inside the panel
        Assert.Contains("Type a whole number from 0 to 10", output, StringComparison.Ordinal);
        Assert.Contains("Pain 6 → 7 (+1)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Streak", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quit_asks_first_and_n_carries_on_and_what_was_cut_short_is_partial()
    {
        using var cli = new TestCli();
        cli.Ansi.Input.PushTextWithEnter("");
        cli.Ansi.Input.PushCharacter('q');
        cli.Ansi.Input.PushCharacter('n');   // carry on
        cli.Ansi.Input.PushCharacter('s');   // skip the first stretch
        cli.Ansi.Input.PushCharacter('q');
        cli.Ansi.Input.PushCharacter('y');   // quit, while getting into the second stretch
        cli.Ansi.Input.PushTextWithEnter("");
        var exit = await RunAsync(cli, Options(accept: true));
        Assert.Equal(0, exit);
        var session = Assert.Single((await _db.HistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.Abandoned, session.Outcome);
        Assert.False(session.CountsAsPractice);
        Assert.Contains(session.Stretches, r => r is { StretchId: "quick-squeeze", Skipped: true });
        Assert.Contains(session.Stretches, r => r is { StretchId: "slow-tilt", Partial: true, RepsDone: 0 });
        Assert.Contains("Quit this session? y = quit, n = carry on", cli.Ansi.Output, StringComparison.Ordinal);
        Assert.Contains("Session ended early", cli.Ansi.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Streak", cli.Ansi.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Space_pauses_and_resumes()
    {
        using var cli = new TestCli();
        cli.Ansi.Input.PushCharacter(' ');
        cli.Ansi.Input.PushCharacter(' ');
        cli.Ansi.Input.PushCharacter(' ');
        cli.Ansi.Input.PushCharacter('h');
        var exit = await RunAsync(cli, Options(accept: true, painBefore: 2, painAfter: 2));
        Assert.Equal(0, exit);
        Assert.Contains("PAUSED", cli.Ansi.Output, StringComparison.Ordinal);
        Assert.Contains("space resume", cli.Ansi.Output, StringComparison.Ordinal);
        Assert.Equal(SessionOutcome.StoppedForPain, Assert.Single((await _db.HistoryAsync()).Sessions).Outcome);
    }

    [Fact]
    public async Task The_session_plays_to_the_end_on_the_clock_and_records_each_stretch()
    {
        using var cli = new TestCli();
        var run = RunAsync(cli, Options(accept: true, painBefore: 3, painAfter: 1));
        for (var i = 0; i < 400 && !run.IsCompleted; i++)
        {
            await Task.Delay(20);
            cli.Time.Advance(TimeSpan.FromMilliseconds(500));
        }

        Assert.Equal(0, await run);
        var session = Assert.Single((await _db.HistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.Completed, session.Outcome);
        Assert.Equal(
            [
                new StretchRecord("quick-squeeze", Core.Content.Side.None, 2, 1, 2, false, false),
                new StretchRecord("slow-tilt", Core.Content.Side.Right, 2, 1, 4, false, false),
                new StretchRecord("slow-tilt", Core.Content.Side.Left, 2, 1, 4, false, false),
            ],
            session.Stretches);
        Assert.Contains("Session complete.", cli.Ansi.Output, StringComparison.Ordinal);
        Assert.Contains("Pain 3 → 1 (−2)", cli.Ansi.Output, StringComparison.Ordinal);
        Assert.Contains("Streak: 1 day.", cli.Ansi.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Voice_without_espeak_says_so_and_carries_on()
    {
        using var cli = new TestCli(environment: new Dictionary<string, string> { ["PATH"] = "/nonexistent" });
        cli.Ansi.Input.PushCharacter('h');
        var options = Options(accept: true, painBefore: 1, painAfter: 1) with { Voice = true };
        var exit = await RunAsync(cli, options);
        Assert.Equal(0, exit);
        Assert.Contains("espeak-ng", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Voice is off", cli.Ansi.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_mode_reads_keys_when_stdin_is_a_terminal_so_this_hurts_still_works()
    {
        using var cli = new TestCli(isTerminal: false, isInputTerminal: true);
        cli.Ansi.Input.PushCharacter('q');
        cli.Ansi.Input.PushCharacter('n');
        cli.Ansi.Input.PushCharacter('h');
        var options = Options(accept: true, painBefore: 2) with { Plain = true };
        var exit = await RunAsync(cli, options);
        Assert.Equal(0, exit);
        var output = cli.Out.ToString();
        Assert.Contains("keys: " + SessionScreen.Keys, output, StringComparison.Ordinal);
        Assert.Contains("quit this session? y = quit, n = carry on", output, StringComparison.Ordinal);
        Assert.Contains("outcome: stopped-for-pain", output, StringComparison.Ordinal);
        Assert.Contains("STOP: you said it hurts during quick-squeeze.", output, StringComparison.Ordinal);
        Assert.Contains(SafetyMessages.StoppedForPain, output, StringComparison.Ordinal);
        var session = Assert.Single((await _db.HistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.StoppedForPain, session.Outcome);
        Assert.Null(session.PainAfter);
    }
}
