using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using Supple.Core.Reminders;

namespace Supple.Breaks.Tests;

/// <summary>The <c>supple breaks</c> loop on a fake clock: what it shows, when it notifies, how it answers keys.</summary>
public sealed class BreakLoopTests : IDisposable
{
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

    private BreakLoop Loop(BreakScheduler scheduler, bool live, bool bell) =>
        new(_synchronized, _time, scheduler, _routine, _notifier, live, bell);

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
        Assert.Contains("[08:10:00] time for a desk break: About", Output, StringComparison.Ordinal);
        Assert.Contains("[08:10:00] break: Shoulder blade squeeze, Chest opener stretch until", Output, StringComparison.Ordinal);
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
        await SeeAsync("break: Shoulder blade squeeze");
        keys.Writer.TryWrite('d');
        await AdvanceUntilAsync(() => Output.Contains("next break at 08:10", StringComparison.Ordinal) && Output.Split("next break at").Length >= 3, TimeSpan.Zero, "the countdown after the early break");

        keys.Writer.TryWrite('q');
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Empty(_notifier.Calls);
    }

    private sealed class RecordingNotifier : IBreakNotifier
    {
        public List<(string Title, string Body)> Calls { get; } = [];

        public bool IsDesktop => false;

        public void Notify(string title, string body) => Calls.Add((title, body));
    }
}
