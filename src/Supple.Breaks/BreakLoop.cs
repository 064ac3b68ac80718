using System.Globalization;
using System.Threading.Channels;
using Supple.Core.Reminders;
using Supple.Core.Sessions;

namespace Supple.Breaks;

/// <summary>
/// Runs <c>supple breaks</c>: shows the time to the next break, offers each break (desktop notification or bell),
/// reacts to keys (take, postpone, skip, pause, resume, quit) and walks through the micro-routine during a break.
/// All decisions are the <see cref="BreakScheduler"/>'s; this class only shows them and waits. In plain mode there
/// are no keys: each line is timestamped and a due break starts on its own. It runs in <c>supple-breaks</c>, or in
/// <c>supple</c> itself when the native program is absent.
/// </summary>
internal sealed class BreakLoop
{
    /// <summary>How long the "pause for a while" key pauses breaks.</summary>
    public static readonly TimeSpan ShortPause = TimeSpan.FromMinutes(30);

    /// <summary>Exit code after a normal end (time up, or q).</summary>
    public const int Finished = 0;

    /// <summary>Exit code after Ctrl+C, as shells expect (128 + SIGINT).</summary>
    public const int Interrupted = 130;

    private readonly TextWriter _out;
    private readonly TimeProvider _time;
    private readonly BreakScheduler _scheduler;
    private readonly BreakRoutineScript _routine;
    private readonly IBreakNotifier _notifier;
    private readonly bool _live;
    private readonly bool _bell;
    private bool _statusShown;

    public BreakLoop(TextWriter output, TimeProvider time, BreakScheduler scheduler, BreakRoutineScript routine, IBreakNotifier notifier, bool live, bool bell)
    {
        _out = output;
        _time = time;
        _scheduler = scheduler;
        _routine = routine;
        _notifier = notifier;
        _live = live;
        _bell = bell;
    }

    /// <summary>
    /// Runs <paramref name="job"/> on the real console: its scheduler, its notifier and (in live mode) the keyboard.
    /// Both hosts start the loop here: <c>supple-breaks</c>, and <c>supple</c> itself when it cannot hand over.
    /// </summary>
    public static Task<int> RunJobAsync(BreakJob job, TextWriter output, TimeProvider time, Func<string, string?> environment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(job);
        var loop = new BreakLoop(
            output,
            time,
            new BreakScheduler(job.Settings(), time, job.RunFor),
            job.Routine,
            DesktopNotifier.Detect(environment, job.Notify),
            job.Live,
            job.Bell);
        return loop.RunAsync(job.Live ? ConsoleKeys.Start() : null, ct);
    }

    public async Task<int> RunAsync(ChannelReader<char>? keys, CancellationToken ct)
    {
        var settings = _scheduler.Settings;
        var first = _scheduler.Snapshot();
        Line(first.Now, string.Create(CultureInfo.InvariantCulture,
            $"desk breaks every {ReminderText.Format(settings.Every)}{(_scheduler.EndsAt is { } end ? $" until {Local(end):HH:mm}" : "")}; "
            + $"each break: {_routine.Names} (about {DurationText.Short(_routine.TotalDuration)}); first break at {Local(first.NextBreakAt!.Value):HH:mm}"));
        if (_live)
        {
            Line(first.Now, "keys: b break now · p postpone · s skip · z pause 30m · t pause until tomorrow · r resume · q quit");
        }

        BreakPhase? lastPhase = null;
        var lastStep = -1;
        while (!ct.IsCancellationRequested)
        {
            var snapshot = _scheduler.Snapshot();
            if (snapshot.Phase != lastPhase)
            {
                OnPhase(snapshot);
                lastPhase = snapshot.Phase;
                lastStep = -1;
                if (snapshot.Phase == BreakPhase.Finished)
                {
                    return Finished;
                }

                if (snapshot.Phase == BreakPhase.Due && !_live)
                {
                    _scheduler.StartBreak();
                    continue;
                }
            }

            DateTimeOffset? stepEnds = null;
            if (snapshot.Phase == BreakPhase.OnBreak && snapshot.BreakEndsAt is { } breakEnds)
            {
                var elapsed = _routine.TotalDuration - (breakEnds - snapshot.Now);
                if (_routine.StepAt(elapsed) is { } step)
                {
                    stepEnds = snapshot.Now + (step.EndsAt - elapsed);
                    if (step.Index != lastStep)
                    {
                        lastStep = step.Index;
                        Line(snapshot.Now, "  " + step.Text);
                    }
                }
            }

            if (_live)
            {
                Status(snapshot);
            }

            var wait = NextWait(snapshot, stepEnds);
            var key = await WaitAsync(wait, keys, ct);
            if (key is { } k)
            {
                if (!Handle(k, snapshot.Now))
                {
                    Line(_time.GetUtcNow(), "stopped");
                    return Finished;
                }
            }
        }

        Line(_time.GetUtcNow(), "stopped");
        return Interrupted;
    }

    private TimeSpan NextWait(BreakSnapshot snapshot, DateTimeOffset? stepEnds)
    {
        var next = _scheduler.NextChangeAt() ?? snapshot.Now + TimeSpan.FromMinutes(1);
        if (stepEnds is { } s && s < next)
        {
            next = s;
        }

        var wait = next - snapshot.Now;
        if (_live)
        {
            // The countdown shows whole seconds: wake at the next one.
            var toSecond = TimeSpan.FromTicks(TimeSpan.TicksPerSecond - (snapshot.Now.UtcTicks % TimeSpan.TicksPerSecond));
            wait = wait < toSecond ? wait : toSecond;
        }

        return wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait;
    }

    private async Task<char?> WaitAsync(TimeSpan wait, ChannelReader<char>? keys, CancellationToken ct)
    {
        if (keys is not null && keys.TryRead(out var ready))
        {
            return ready;
        }

        using var waitCancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(wait, _time, waitCancel.Token);
        if (keys is null)
        {
            await delay.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return null;
        }

        var keyReady = keys.WaitToReadAsync(waitCancel.Token).AsTask();
        await Task.WhenAny(delay, keyReady);
        await waitCancel.CancelAsync();
        return keys.TryRead(out var key) ? key : null;
    }

    // Returns false to quit.
    private bool Handle(char key, DateTimeOffset now)
    {
        var result = char.ToLowerInvariant(key) switch
        {
            'q' => (BreakActionResult?)null,
            'b' or '\r' or '\n' => _scheduler.StartBreak() is var r && r == BreakActionResult.NotNow ? _scheduler.FinishBreak() : r,
            'd' => _scheduler.FinishBreak(),
            'p' => _scheduler.Postpone(),
            's' => _scheduler.Skip(),
            'z' => _scheduler.PauseFor(ShortPause),
            't' => _scheduler.PauseUntilTomorrow(),
            'r' => _scheduler.Resume(),
            _ => BreakActionResult.NotNow,
        };
        if (result is null)
        {
            return false;
        }

        if (result == BreakActionResult.LimitReached)
        {
            Line(now, char.ToLowerInvariant(key) == 'p'
                ? "no postpones left for this break: take it, or skip it"
                : "no skips left today: take the break, or postpone it");
        }
        else if (result == BreakActionResult.Done && char.ToLowerInvariant(key) == 'p')
        {
            Line(now, $"postponed by {ReminderText.Format(_scheduler.Settings.PostponeBy)}");
        }
        else if (result == BreakActionResult.Done && char.ToLowerInvariant(key) == 's')
        {
            Line(now, $"skipped ({_scheduler.Snapshot().SkipsLeftToday} skips left today)");
        }

        return true;
    }

    private void OnPhase(BreakSnapshot snapshot)
    {
        switch (snapshot.Phase)
        {
            case BreakPhase.Due:
                var body = $"About {DurationText.Short(_routine.TotalDuration)}: {_routine.Names}.";
                _notifier.Notify("Time for a desk break", body);
                if (_bell && !_notifier.IsDesktop)
                {
                    _out.Write('\a');
                }

                Line(snapshot.Now, _live
                    ? $"time for a desk break: {body} [b] start · [p] postpone ({snapshot.PostponesLeft} left) · [s] skip ({snapshot.SkipsLeftToday} left today)"
                    : $"time for a desk break: {body}");
                break;
            case BreakPhase.OnBreak:
                Line(snapshot.Now, $"break: {_routine.Names} until {Local(snapshot.BreakEndsAt!.Value):HH:mm:ss}"
                    + (_live ? " ([d] done early)" : ""));
                break;
            case BreakPhase.Waiting:
                Line(snapshot.Now, $"next break at {Local(snapshot.NextBreakAt!.Value):HH:mm}");
                break;
            case BreakPhase.Paused:
                Line(snapshot.Now, $"paused until {Local(snapshot.PausedUntil!.Value):ddd HH:mm}" + (_live ? " ([r] resume)" : ""));
                break;
            case BreakPhase.Finished:
                Line(snapshot.Now, string.Create(CultureInfo.InvariantCulture,
                    $"done: {snapshot.BreaksTaken} break{(snapshot.BreaksTaken == 1 ? "" : "s")} taken, {snapshot.BreaksSkipped} skipped"));
                break;
        }
    }

    private void Status(BreakSnapshot snapshot)
    {
        var text = snapshot.Phase switch
        {
            BreakPhase.Waiting => $"next desk break in {DurationText.Clock(snapshot.TimeToNextBreak ?? TimeSpan.Zero)}",
            BreakPhase.Due => "desk break due: [b] start · [p] postpone · [s] skip",
            BreakPhase.OnBreak => $"break ends in {DurationText.Clock(snapshot.BreakEndsAt!.Value - snapshot.Now)}",
            BreakPhase.Paused => $"paused: resumes in {DurationText.Clock(snapshot.PausedUntil!.Value - snapshot.Now)}",
            _ => "",
        };
        _out.Write("\r\u001b[2K" + text);
        _out.Flush();
        _statusShown = true;
    }

    private void Line(DateTimeOffset at, string text)
    {
        var stamp = Local(at).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (_statusShown)
        {
            _out.Write("\r\u001b[2K");
            _statusShown = false;
        }

        _out.WriteLine($"[{stamp}] {text}");
        _out.Flush();
    }

    private DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, _time.LocalTimeZone);
}
