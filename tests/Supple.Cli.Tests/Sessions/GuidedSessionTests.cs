using Supple.Cli.Infrastructure;
using Supple.Cli.Sessions;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Sessions;

namespace Supple.Cli.Tests.Sessions;

/// <summary>
/// The live <c>supple start</c> in-process: Spectre's TestConsole types the keys, a fake clock holds time still
/// (so every key lands on a known step), and an in-memory journal records what would be stored.
/// </summary>
public sealed class GuidedSessionTests
{
    private static StartOptions Options(bool accept = false, int? painBefore = null, int? painAfter = null, params string[] only) =>
        new(DosageLevel.Standard, only, RepoPaths.TestProgramme("tiny.yaml"), Db: null, Plain: false, Quiet: true, Voice: false,
            AcceptDisclaimer: accept, PainBefore: painBefore, PainAfter: painAfter);

    private static Task<int> RunAsync(TestCli cli, FakeJournal journal, StartOptions options) =>
        new GuidedSession(cli.Console, (_, _) => Task.FromResult<ISessionJournal>(journal)).RunAsync(options, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(30));

    [Fact]
    public async Task First_run_shows_the_disclaimer_and_stores_the_acceptance()
    {
        using var cli = new TestCli();
        var journal = new FakeJournal();
        cli.Ansi.Input.PushTextWithEnter("y");   // accept
        cli.Ansi.Input.PushTextWithEnter("");    // pain before: skipped
        cli.Ansi.Input.PushCharacter('h');       // this hurts, at once
        cli.Ansi.Input.PushTextWithEnter("");    // pain after: skipped
        var exit = await RunAsync(cli, journal, Options());
        Assert.Equal(0, exit);
        Assert.Contains("This is a test programme, not medical advice.", cli.Ansi.Output, StringComparison.Ordinal);
        Assert.Equal(cli.Time.GetUtcNow(), journal.DisclaimerAcceptedAt);
    }

    [Fact]
    public async Task Declining_the_disclaimer_starts_nothing()
    {
        using var cli = new TestCli();
        var journal = new FakeJournal();
        cli.Ansi.Input.PushTextWithEnter("n");
        var exit = await RunAsync(cli, journal, Options());
        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Null(journal.DisclaimerAcceptedAt);
        Assert.Null(journal.Started);
        Assert.Contains("Not started", cli.Ansi.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task This_hurts_stops_at_once_records_where_and_shows_the_stop_rule()
    {
        using var cli = new TestCli();
        var journal = new FakeJournal();
        cli.Ansi.Input.PushTextWithEnter("6");   // pain before
        cli.Ansi.Input.PushCharacter('n');       // skip "get into position": now holding rep 1
        cli.Ansi.Input.PushCharacter('h');       // this hurts
        cli.Ansi.Input.PushTextWithEnter("eight"); // not a number: asked again
        cli.Ansi.Input.PushTextWithEnter("12");  // out of range: asked again
        cli.Ansi.Input.PushTextWithEnter("7");   // pain after
        var exit = await RunAsync(cli, journal, Options(accept: true));
        Assert.Equal(0, exit);

        Assert.Equal(6, journal.Started!.PainBefore);
        var (result, painAfter) = journal.Finished!.Value;
        Assert.Equal(SessionOutcome.StoppedForPain, result.Outcome);
        Assert.Equal("quick-squeeze", result.Hurt!.StretchId);
        Assert.Equal(7, painAfter);
        var record = Assert.Single(journal.Stretches);
        Assert.True(record.Hurt);

        var output = cli.Ansi.Output;
        Assert.Contains("STOP", output, StringComparison.Ordinal);
        Assert.Contains("Stopped during: Quick squeeze.", output, StringComparison.Ordinal);
        Assert.Contains("If a stretch is very painful, stop at once and see a doctor.", output, StringComparison.Ordinal);
        Assert.Contains("Type a whole number from 0 to 10", output, StringComparison.Ordinal);
        Assert.Contains("Pain 6 → 7 (+1)", output, StringComparison.Ordinal);
        Assert.Contains("Streak: 3 days in a row.", output, StringComparison.Ordinal);
        Assert.Contains("Across your sessions, pain after is on average 1.5 lower than before.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quit_asks_first_and_n_carries_on()
    {
        using var cli = new TestCli();
        var journal = new FakeJournal();
        cli.Ansi.Input.PushTextWithEnter("");
        cli.Ansi.Input.PushCharacter('q');
        cli.Ansi.Input.PushCharacter('n');   // carry on
        cli.Ansi.Input.PushCharacter('s');   // skip the first stretch
        cli.Ansi.Input.PushCharacter('q');
        cli.Ansi.Input.PushCharacter('y');   // quit
        cli.Ansi.Input.PushTextWithEnter("");
        var exit = await RunAsync(cli, journal, Options(accept: true));
        Assert.Equal(0, exit);
        var (result, _) = journal.Finished!.Value;
        Assert.Equal(SessionOutcome.Abandoned, result.Outcome);
        Assert.Contains(journal.Stretches, r => r.StretchId == "quick-squeeze" && r.Skipped);
        Assert.Contains("Quit this session? y = quit, n = carry on", cli.Ansi.Output, StringComparison.Ordinal);
        Assert.Contains("Session ended early.", cli.Ansi.Output, StringComparison.Ordinal);
        Assert.True(journal.Disposed);
    }

    [Fact]
    public async Task Space_pauses_and_resumes()
    {
        using var cli = new TestCli();
        var journal = new FakeJournal();
        cli.Ansi.Input.PushCharacter(' ');
        cli.Ansi.Input.PushCharacter(' ');
        cli.Ansi.Input.PushCharacter(' ');
        cli.Ansi.Input.PushCharacter('h');
        var exit = await RunAsync(cli, journal, Options(accept: true, painBefore: 2, painAfter: 2));
        Assert.Equal(0, exit);
        Assert.Contains("PAUSED", cli.Ansi.Output, StringComparison.Ordinal);
        Assert.Contains("space resume", cli.Ansi.Output, StringComparison.Ordinal);
        Assert.Equal(SessionOutcome.StoppedForPain, journal.Finished!.Value.Result.Outcome);
    }

    [Fact]
    public async Task The_session_plays_to_the_end_on_the_clock_and_records_each_stretch()
    {
        using var cli = new TestCli();
        var journal = new FakeJournal();
        var run = RunAsync(cli, journal, Options(accept: true, painBefore: 3, painAfter: 1));
        for (var i = 0; i < 200 && !run.IsCompleted; i++)
        {
            await Task.Delay(20);
            cli.Time.Advance(TimeSpan.FromMilliseconds(500));
        }

        Assert.Equal(0, await run);
        Assert.Equal(SessionOutcome.Completed, journal.Finished!.Value.Result.Outcome);
        Assert.Equal(["quick-squeeze", "slow-tilt", "slow-tilt"], journal.Stretches.Select(r => r.StretchId).ToArray());
        Assert.Contains("Session complete.", cli.Ansi.Output, StringComparison.Ordinal);
        Assert.Contains("Pain 3 → 1 (−2)", cli.Ansi.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Voice_without_espeak_says_so_and_carries_on()
    {
        using var cli = new TestCli(environment: new Dictionary<string, string> { ["PATH"] = "/nonexistent" });
        var journal = new FakeJournal();
        cli.Ansi.Input.PushCharacter('h');
        var options = Options(accept: true, painBefore: 1, painAfter: 1) with { Voice = true };
        var exit = await RunAsync(cli, journal, options);
        Assert.Equal(0, exit);
        Assert.Contains("espeak-ng", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Voice is off", cli.Ansi.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_mode_reads_keys_when_stdin_is_a_terminal_so_this_hurts_still_works()
    {
        using var cli = new TestCli(isTerminal: false, isInputTerminal: true);
        var journal = new FakeJournal();
        cli.Ansi.Input.PushCharacter('q');
        cli.Ansi.Input.PushCharacter('n');
        cli.Ansi.Input.PushCharacter('h');
        var options = Options(accept: true, painBefore: 2) with { Plain = true };
        var exit = await RunAsync(cli, journal, options);
        Assert.Equal(0, exit);
        var output = cli.Out.ToString();
        Assert.Contains("keys: " + SessionScreen.Keys, output, StringComparison.Ordinal);
        Assert.Contains("quit this session? y = quit, n = carry on", output, StringComparison.Ordinal);
        Assert.Contains("outcome: stopped-for-pain", output, StringComparison.Ordinal);
        Assert.Contains("STOP: you said it hurts during quick-squeeze.", output, StringComparison.Ordinal);
        Assert.Contains("If a stretch is very painful, stop at once and see a doctor.", output, StringComparison.Ordinal);
        Assert.Equal(SessionOutcome.StoppedForPain, journal.Finished!.Value.Result.Outcome);
        Assert.Null(journal.Finished!.Value.PainAfter);
    }
}
