using System.Globalization;
using System.Threading.Channels;
using Supple.Cli.Infrastructure;
using Supple.Cli.Rendering;
using Supple.Core.Reminders;
using Supple.Core.Sessions;

namespace Supple.Cli.Reminders;

/// <summary>
/// Runs <c>supple breaks</c>: shows the time to the next break, offers each break (desktop notification or bell),
/// reacts to keys (take, postpone, skip, pause, resume, quit) and walks through the micro-routine during a break.
/// All decisions are the <see cref="BreakScheduler"/>'s; this class only shows them and waits. In plain mode there
/// are no keys: each line is timestamped and a due break starts on its own.
/// </summary>
internal sealed class BreakLoop
{
    /// <summary>How long the "pause for a while" key pauses breaks.</summary>
    public static readonly TimeSpan ShortPause = TimeSpan.FromMinutes(30);

    private readonly CliConsole _console;
    private readonly BreakScheduler _scheduler;
    private readonly Timeline _routine;
    private readonly IBreakNotifier _notifier;
    private readonly bool _live;
    private readonly bool _bell;
    private readonly string _routineText;
    private bool _statusShown;

    public BreakLoop(CliConsole console, BreakScheduler scheduler, Timeline routine, IBreakNotifier notifier, bool live, bool bell)
    {
        _console = console;
        _scheduler = scheduler;
        _routine = routine;
        _notifier = notifier;
        _live = live;
        _bell = bell;
        _routineText = string.Join(", ", routine.Stretches.Select(s => s.Name));
    }

    public async Task<int> RunAsync(ChannelReader<char>? keys, CancellationToken ct)
    {
        var settings = _scheduler.Settings;
        var first = _scheduler.Snapshot();
        Line(first.Now, string.Create(CultureInfo.InvariantCulture,
            $"desk breaks every {ReminderText.Format(settings.Every)}{(_scheduler.EndsAt is { } end ? $" until {Local(end):HH:mm}" : "")}; "
            + $"each break: {_routineText} (about {Format.Duration(_routine.TotalDuration)}); first break at {Local(first.NextBreakAt!.Value):HH:mm}"));
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
                    return ExitCodes.Ok;
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
                var step = _routine.Steps.LastOrDefault(s => s.StartsAt <= elapsed && s.Kind != StepKind.Done);
                if (step is not null)
                {
                    stepEnds = snapshot.Now + (step.EndsAt - elapsed);
                    if (step.Index != lastStep)
                    {
                        lastStep = step.Index;
                        Line(snapshot.Now, "  " + DescribeStep(step));
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
                    Line(_console.Time.GetUtcNow(), "stopped");
                    return ExitCodes.Ok;
                }
            }
        }

        Line(_console.Time.GetUtcNow(), "stopped");
        return ExitCodes.Interrupted;
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
        var delay = Task.Delay(wait, _console.Time, waitCancel.Token);
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
                var body = $"About {Format.Duration(_routine.TotalDuration)}: {_routineText}.";
                _notifier.Notify("Time for a desk break", body);
                if (_bell && !_notifier.IsDesktop)
                {
                    _console.Out.Write('\a');
                }

                Line(snapshot.Now, _live
                    ? $"time for a desk break: {body} [b] start · [p] postpone ({snapshot.PostponesLeft} left) · [s] skip ({snapshot.SkipsLeftToday} left today)"
                    : $"time for a desk break: {body}");
                break;
            case BreakPhase.OnBreak:
                Line(snapshot.Now, $"break: {_routineText} until {Local(snapshot.BreakEndsAt!.Value):HH:mm:ss}"
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
            BreakPhase.Waiting => $"next desk break in {Format.Clock(snapshot.TimeToNextBreak ?? TimeSpan.Zero)}",
            BreakPhase.Due => "desk break due: [b] start · [p] postpone · [s] skip",
            BreakPhase.OnBreak => $"break ends in {Format.Clock(snapshot.BreakEndsAt!.Value - snapshot.Now)}",
            BreakPhase.Paused => $"paused: resumes in {Format.Clock(snapshot.PausedUntil!.Value - snapshot.Now)}",
            _ => "",
        };
        _console.Out.Write("\r\u001b[2K" + text);
        _console.Out.Flush();
        _statusShown = true;
    }

    private string DescribeStep(TimelineStep step)
    {
        var name = step.StretchIndex >= 0 && step.StretchIndex < _routine.Stretches.Count ? _routine.Stretches[step.StretchIndex].Name : "";
        var counters = step.Counters is { } c ? string.Create(CultureInfo.InvariantCulture, $" {c.Rep}/{c.Reps}") : "";
        return $"{name} · {Format.Kebab(step.Kind)}{counters} · {Format.Duration(step.Duration)}: {step.Instruction}";
    }

    private void Line(DateTimeOffset at, string text)
    {
        var stamp = Local(at).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (_statusShown)
        {
            _console.Out.Write("\r\u001b[2K");
            _statusShown = false;
        }

        _console.Out.WriteLine($"[{stamp}] {text}");
        _console.Out.Flush();
    }

    private DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, _console.Time.LocalTimeZone);
}
