using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using Supple.Core.Reminders;

namespace Supple.Breaks.Tests;

/// <summary>The <c>supple breaks</c> loop on a fake clock: what it shows, when it notifies, how it answers keys.</summary>
public sealed class BreakLoopTests : IDisposable
{
    // A break's own line; the first line's "each break: …" must not count as one, or a test races ahead of the key.
    private const string BreakStarted = "] break: Shoulder blade squeeze";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private readonly StringWriter _out = new();
    private readonly TextWriter _synchronized;
    private readonly RecordingNotifier _notifier = new();
    private readonly BreakRoutineScript _routine = TestRoutines.DeskBreak();

    public BreakLoopTests()
    {
        _time.SetLocalTimeZone(TimeZoneInfo.Utc);
        _synchronized = TextWriter.Synchronized(_out);
    }

    public void Dispose() => _out.Dispose();

    // The loop writes from its own task while the test reads; the synchronized writer locks on itself.
    private string Output
    {
        get
        {
            lock (_synchronized)
            {
                return _out.ToString();
            }
        }
    }

    // The end of a run waits (real time) for saves in flight; on a loaded CI machine a save on the thread pool can take
    // over a second to run, so the wait is generous unless a test wants it to give up.
    private BreakLoop Loop(BreakScheduler scheduler, bool live, bool bell, IBreakRecorder? recorder = null, TimeSpan? flushFor = null) =>
        new(_synchronized, _time, scheduler, _routine, _notifier, live, bell, recorder, flushFor ?? TimeSpan.FromSeconds(15));

    private BreakScheduler Scheduler(TimeSpan? runFor) =>
        new(new BreakSettings(TimeSpan.FromMinutes(10), _routine.TotalDuration, TimeSpan.FromMinutes(5), 2, 3), _time, runFor);

    // Moves the fake clock a step at a time, giving the loop real time to react, until the condition holds.
    private async Task AdvanceUntilAsync(Func<bool> condition, TimeSpan step, string what)
    {
        for (var i = 0; i < 5000; i++)
        {
            await Task.Delay(2);
            if (condition())
            {
                return;
            }

            _time.Advance(step);
        }

        Assert.Fail($"never saw {what}. Output:\n{Output}");
    }

    private async Task SeeAsync(string text) =>
        await AdvanceUntilAsync(() => Output.Contains(text, StringComparison.Ordinal), TimeSpan.Zero, $"'{text}'");

    [Fact]
    public async Task Plain_mode_starts_each_break_on_its_own_walks_the_routine_and_finishes()
    {
        var loop = Loop(Scheduler(TimeSpan.FromMinutes(25)), live: false, bell: true);

        var run = loop.RunAsync(keys: null, CancellationToken.None);
        await AdvanceUntilAsync(() => run.IsCompleted, TimeSpan.FromSeconds(5), "the end of the run");

        Assert.Equal(0, await run);
        Assert.Contains("[08:00:00] desk breaks every 10m until 08:25; each break: Shoulder blade squeeze, Chest opener stretch", Output, StringComparison.Ordinal);
        // The test clock runs on in 5 s steps while the loop wakes on a busy machine: the line is stamped when the loop
        // writes it, within the minute the break was due.
        Assert.Matches(@"\[08:10:[0-5]\d\] time for a desk break: About", Output);
        Assert.Matches(@"\[08:10:[0-5]\d\] break: Shoulder blade squeeze, Chest opener stretch until", Output);
        Assert.Contains("Shoulder blade squeeze · hold 1/2", Output, StringComparison.Ordinal);
        Assert.Contains("Chest opener stretch · hold 1/1", Output, StringComparison.Ordinal);
        Assert.Contains("done: 2 breaks taken, 0 skipped", Output, StringComparison.Ordinal);
        Assert.Equal(2, _notifier.Calls.Count);
        Assert.Equal("Time for a desk break", _notifier.Calls[0].Title);
        Assert.Equal(2, Output.Count(c => c == '\a'));
    }

    [Fact]
    public async Task Keys_postpone_up_to_the_limit_skip_pause_resume_and_quit()
    {
        var keys = Channel.CreateUnbounded<char>();
        var loop = Loop(Scheduler(runFor: null), live: true, bell: false);
        var run = loop.RunAsync(keys.Reader, CancellationToken.None);

        await AdvanceUntilAsync(() => Output.Contains("time for a desk break", StringComparison.Ordinal), TimeSpan.FromSeconds(30), "the first break");
        Assert.Contains("[p] postpone (2 left) · [s] skip (3 left today)", Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\a', Output);

        keys.Writer.TryWrite('p');
        await SeeAsync("postponed by 5m");
        await AdvanceUntilAsync(() => _notifier.Calls.Count == 2, TimeSpan.FromSeconds(30), "the postponed break");
        keys.Writer.TryWrite('p');
        await AdvanceUntilAsync(() => _notifier.Calls.Count == 3, TimeSpan.FromSeconds(30), "the twice-postponed break");
        keys.Writer.TryWrite('p');
        await SeeAsync("no postpones left for this break");

        keys.Writer.TryWrite('s');
        await SeeAsync("skipped (2 skips left today)");
        keys.Writer.TryWrite('z');
        await SeeAsync("paused until");
        keys.Writer.TryWrite('r');
        await AdvanceUntilAsync(() => Output.Split("next break at").Length >= 5, TimeSpan.Zero, "the countdown after resuming");

        keys.Writer.TryWrite('q');
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("stopped", Output, StringComparison.Ordinal);
        Assert.Contains("\r\u001b[2Knext desk break in", Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_break_can_be_taken_early_and_ended_early()
    {
        var keys = Channel.CreateUnbounded<char>();
        var loop = Loop(Scheduler(runFor: null), live: true, bell: false);
        var run = loop.RunAsync(keys.Reader, CancellationToken.None);
        await SeeAsync("next break at 08:10");

        keys.Writer.TryWrite('b');
        await SeeAsync(BreakStarted);
        keys.Writer.TryWrite('d');
        await AdvanceUntilAsync(() => Output.Contains("next break at 08:10", StringComparison.Ordinal) && Output.Split("next break at").Length >= 3, TimeSpan.Zero, "the countdown after the early break");

        keys.Writer.TryWrite('q');
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Empty(_notifier.Calls);
    }

    [Fact]
    public async Task Each_break_is_recorded_as_played_when_it_runs_to_its_end_and_stopped_when_done_early()
    {
        var recorder = new FakeRecorder();
        var keys = Channel.CreateUnbounded<char>();
        var loop = Loop(Scheduler(runFor: null), live: true, bell: false, recorder);
        var run = loop.RunAsync(keys.Reader, CancellationToken.None);
        await SeeAsync("next break at 08:10");

        keys.Writer.TryWrite('b');
        await SeeAsync(BreakStarted);
        await AdvanceUntilAsync(() => Output.Contains("saved: the break is in your history", StringComparison.Ordinal), TimeSpan.FromSeconds(5), "the played break saved");

        keys.Writer.TryWrite('b');
        await AdvanceUntilAsync(() => Output.Split(BreakStarted).Length >= 3, TimeSpan.Zero, "the second break");
        _time.Advance(TimeSpan.FromSeconds(12));
        keys.Writer.TryWrite('d');
        await SeeAsync("the stretch in progress as cut short");

        keys.Writer.TryWrite('q');
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal([BreakRecord.Played, BreakRecord.Stopped], recorder.Saved.Select(r => r.End));
        Assert.Equal(_routine.TotalDuration, recorder.Saved[0].Elapsed);
        Assert.Equal(TimeSpan.FromSeconds(12), recorder.Saved[1].Elapsed);
        Assert.NotEqual(recorder.Saved[0].BreakId, recorder.Saved[1].BreakId);
    }

    [Fact]
    public async Task This_hurts_during_a_break_records_the_hurt_says_the_stop_rule_and_ends_desk_breaks()
    {
        var recorder = new FakeRecorder();
        var keys = Channel.CreateUnbounded<char>();
        var loop = Loop(Scheduler(runFor: null), live: true, bell: false, recorder);
        var run = loop.RunAsync(keys.Reader, CancellationToken.None);
        await SeeAsync("next break at 08:10");

        keys.Writer.TryWrite('h');
        await SeeAsync("nothing is playing now");
        Assert.Empty(recorder.Saved);

        keys.Writer.TryWrite('b');
        await SeeAsync(BreakStarted);
        _time.Advance(TimeSpan.FromSeconds(3));
        keys.Writer.TryWrite('h');

        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("stopped: you said it hurts. Desk breaks have stopped. If any stretch is excruciatingly painful, stop doing it at once and see a doctor.", Output, StringComparison.Ordinal);
        Assert.Contains("saved: the break, and that a stretch hurt", Output, StringComparison.Ordinal);
        var hurt = Assert.Single(recorder.Saved);
        Assert.Equal(BreakRecord.Hurt, hurt.End);
        Assert.Equal(TimeSpan.FromSeconds(3), hurt.Elapsed);
    }

    [Fact]
    public async Task Ctrl_C_during_a_break_records_it_as_stopped_before_the_loop_ends()
    {
        var recorder = new FakeRecorder();
        using var cts = new CancellationTokenSource();
        var keys = Channel.CreateUnbounded<char>();
        var loop = Loop(Scheduler(runFor: null), live: true, bell: false, recorder);
        var run = loop.RunAsync(keys.Reader, cts.Token);
        await SeeAsync("next break at 08:10");
        keys.Writer.TryWrite('b');
        await SeeAsync(BreakStarted);

        await cts.CancelAsync();

        Assert.Equal(BreakLoop.Interrupted, await run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(BreakRecord.Stopped, Assert.Single(recorder.Saved).End);
        Assert.Contains("saved: the break is in your history, the stretch in progress as cut short", Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_that_fails_is_said_and_retried_until_it_is_saved()
    {
        var recorder = new FakeRecorder { FailuresLeft = 2 };
        var keys = Channel.CreateUnbounded<char>();
        var loop = Loop(Scheduler(runFor: null), live: true, bell: false, recorder);
        var run = loop.RunAsync(keys.Reader, CancellationToken.None);
        await SeeAsync("next break at 08:10");
        keys.Writer.TryWrite('b');
        await SeeAsync(BreakStarted);
        keys.Writer.TryWrite('d');

        await AdvanceUntilAsync(() => Output.Contains("saved: the break", StringComparison.Ordinal), TimeSpan.FromSeconds(1), "the break saved at last");
        Assert.Contains("not saved yet (the database is locked); Supple keeps trying", Output, StringComparison.Ordinal);
        Assert.Single(Output.Split('\n'), l => l.Contains("not saved yet", StringComparison.Ordinal));
        keys.Writer.TryWrite('q');
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(3, recorder.Attempts);
        Assert.Single(recorder.Saved);
    }

    [Fact]
    public async Task A_break_that_could_never_be_saved_is_said_and_the_run_fails()
    {
        var recorder = new FakeRecorder { FailuresLeft = int.MaxValue };
        var keys = Channel.CreateUnbounded<char>();
        var loop = Loop(Scheduler(runFor: null), live: true, bell: false, recorder, flushFor: TimeSpan.FromSeconds(1));
        var run = loop.RunAsync(keys.Reader, CancellationToken.None);
        await SeeAsync("next break at 08:10");
        keys.Writer.TryWrite('b');
        await SeeAsync(BreakStarted);

        keys.Writer.TryWrite('q');

        Assert.Equal(BreakLoop.Failed, await run.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Contains("could not save 1 break: the database is locked", Output, StringComparison.Ordinal);
        Assert.DoesNotContain("saved: the break", Output, StringComparison.Ordinal);
    }

    private sealed class FakeRecorder : IBreakRecorder
    {
        private readonly Lock _lock = new();

        public int FailuresLeft { get; set; }

        public int Attempts { get; private set; }

        public List<BreakRecord> Saved { get; } = [];

        public Task RecordAsync(BreakRecord record, CancellationToken ct)
        {
            lock (_lock)
            {
                Attempts++;
                if (FailuresLeft > 0)
                {
                    FailuresLeft--;
                    throw new InvalidOperationException("the database is locked");
                }

                Saved.Add(record);
                return Task.CompletedTask;
            }
        }
    }

    private sealed class RecordingNotifier : IBreakNotifier
    {
        public List<(string Title, string Body)> Calls { get; } = [];

        public bool IsDesktop => false;

        public void Notify(string title, string body) => Calls.Add((title, body));
    }
}
