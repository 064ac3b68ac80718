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

    /// <summary>Exit code when a break could not be saved (said on screen).</summary>
    public const int Failed = 1;

    private readonly TextWriter _out;
    private readonly TimeProvider _time;
    private readonly BreakScheduler _scheduler;
    private readonly BreakRoutineScript _routine;
    private readonly IBreakNotifier _notifier;
    private readonly bool _live;
    private readonly bool _bell;
    private readonly BreakSaves? _saves;
    private readonly BreakText _text;
    private bool _statusShown;
    private Guid _breakId;
    private DateTimeOffset _breakStartedAt;
    private DateTimeOffset _breakEndsAt;

    public BreakLoop(TextWriter output, TimeProvider time, BreakScheduler scheduler, BreakRoutineScript routine, IBreakNotifier notifier, bool live, bool bell, IBreakRecorder? recorder = null, TimeSpan? flushFor = null, BreakWords? words = null)
    {
        _text = new BreakText(words ?? BreakWords.English);
        _out = output;
        _time = time;
        _scheduler = scheduler;
        _routine = routine;
        _notifier = notifier;
        _live = live;
        _bell = bell;
        _saves = recorder is null ? null : new BreakSaves(recorder, time, (at, text) => Line(at, text), flushFor ?? BreakSaves.DefaultFlushFor, _text);
    }

    /// <summary>
    /// Runs <paramref name="job"/> on the real console: its scheduler, its notifier and (in live mode) the keyboard.
    /// Both hosts start the loop here: <c>supple-breaks</c>, and <c>supple</c> itself when it cannot hand over.
    /// </summary>
    /// <param name="job">The job.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="time">The clock.</param>
    /// <param name="environment">Reads the environment (for desktop notifications).</param>
    /// <param name="ct">Ctrl+C and SIGTERM.</param>
    /// <param name="recorder">How breaks are recorded; by default the job's (running <c>supple breaks --record</c>).</param>
    public static Task<int> RunJobAsync(BreakJob job, TextWriter output, TimeProvider time, Func<string, string?> environment, CancellationToken ct, IBreakRecorder? recorder = null)
    {
        ArgumentNullException.ThrowIfNull(job);
        var loop = new BreakLoop(
            output,
            time,
            new BreakScheduler(job.Settings(), time, job.RunFor),
            job.Routine,
            DesktopNotifier.Detect(environment, job.Notify),
            job.Live,
            job.Bell,
            recorder ?? (job.Recording is { } recording ? new ProcessBreakRecorder(recording) : null),
            words: job.Words);
        return loop.RunAsync(job.Live ? ConsoleKeys.Start() : null, ct);
    }

    public async Task<int> RunAsync(ChannelReader<char>? keys, CancellationToken ct)
    {
        var settings = _scheduler.Settings;
        var first = _scheduler.Snapshot();
        var w = _text.Words;
        (string, object?)[] start =
        [
            ("every", ReminderText.Format(settings.Every)),
            ("names", _routine.Names),
            ("duration", DurationText.Short(_routine.TotalDuration)),
            ("first", Clock(first.NextBreakAt!.Value, "HH:mm")),
        ];
        Line(first.Now, _scheduler.EndsAt is { } end
            ? _text.Format(w.StartUntil, [.. start, ("until", Clock(end, "HH:mm"))])
            : _text.Format(w.Start, start));
        if (_live)
        {
            Line(first.Now, _text.Format(w.Keys));
        }

        BreakPhase? lastPhase = null;
        var lastStep = -1;
        while (!ct.IsCancellationRequested)
        {
            var snapshot = _scheduler.Snapshot();
            _saves?.Poll();
            if (snapshot.Phase != lastPhase)
            {
                if (lastPhase == BreakPhase.OnBreak)
                {
                    // The break is over: played to its end, or ended early (d).
                    Record(snapshot.Now >= _breakEndsAt ? BreakRecord.Played : BreakRecord.Stopped, snapshot.Now);
                }

                if (snapshot.Phase == BreakPhase.OnBreak)
                {
                    _breakId = Guid.NewGuid();
                    _breakEndsAt = snapshot.BreakEndsAt!.Value;
                    _breakStartedAt = _breakEndsAt - _scheduler.Settings.BreakLength;
                }

                OnPhase(snapshot);
                lastPhase = snapshot.Phase;
                lastStep = -1;
                if (snapshot.Phase == BreakPhase.Finished)
                {
                    return await EndAsync(Finished);
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
                if (char.ToLowerInvariant(k) == 'h')
                {
                    if (_scheduler.Snapshot().Phase != BreakPhase.OnBreak)
                    {
                        Line(_time.GetUtcNow(), _text.Format(_text.Words.HurtKeyOnlyDuringBreak));
                        continue;
                    }

                    // "This hurts": the break stops at once, the hurt is recorded, and so are desk breaks for today.
                    var now = _time.GetUtcNow();
                    Record(BreakRecord.Hurt, now);
                    _scheduler.FinishBreak();
                    Line(now, _text.Words.StoppedForPain);
                    return await EndAsync(Finished);
                }

                if (!Handle(k, snapshot.Now))
                {
                    StopBreakInProgress();
                    Line(_time.GetUtcNow(), _text.Format(_text.Words.Stopped));
                    return await EndAsync(Finished);
                }
            }
        }

        StopBreakInProgress();
        Line(_time.GetUtcNow(), _text.Format(_text.Words.Stopped));
        return await EndAsync(Interrupted);
    }

    /// <summary>Quit or Ctrl+C during a break: the break is recorded as it stands.</summary>
    private void StopBreakInProgress()
    {
        if (_scheduler.Snapshot().Phase == BreakPhase.OnBreak)
        {
            Record(BreakRecord.Stopped, _time.GetUtcNow());
        }
    }

    private void Record(string end, DateTimeOffset now)
    {
        var elapsed = now - _breakStartedAt;
        _saves?.Add(new BreakRecord(_breakId, _breakStartedAt, elapsed < TimeSpan.Zero ? TimeSpan.Zero : elapsed, end));
    }

    /// <summary>Waits for the breaks still being saved; a break that could not be saved is said, and fails the run.</summary>
    private async Task<int> EndAsync(int exitCode)
    {
        if (_saves is null)
        {
            return exitCode;
        }

        return await _saves.FlushAsync() ? exitCode : Failed;
    }

    private TimeSpan NextWait(BreakSnapshot snapshot, DateTimeOffset? stepEnds)
    {
        var next = _scheduler.NextChangeAt() ?? snapshot.Now + TimeSpan.FromMinutes(1);
        if (stepEnds is { } s && s < next)
        {
            next = s;
        }

        if (_saves?.NextWakeAt is { } save && save < next)
        {
            next = save;
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
        var saved = _saves?.AnySettled ?? delay;
        if (keys is null)
        {
            await Task.WhenAny(delay, saved);
            await waitCancel.CancelAsync();
            return null;
        }

        var keyReady = keys.WaitToReadAsync(waitCancel.Token).AsTask();
        await Task.WhenAny(delay, keyReady, saved);
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
            Line(now, _text.Format(char.ToLowerInvariant(key) == 'p' ? _text.Words.NoPostponesLeft : _text.Words.NoSkipsLeft));
        }
        else if (result == BreakActionResult.Done && char.ToLowerInvariant(key) == 'p')
        {
            Line(now, _text.Format(_text.Words.Postponed, ("by", ReminderText.Format(_scheduler.Settings.PostponeBy))));
        }
        else if (result == BreakActionResult.Done && char.ToLowerInvariant(key) == 's')
        {
            Line(now, _text.Format(_text.Words.Skipped, ("left", _scheduler.Snapshot().SkipsLeftToday)));
        }

        return true;
    }

    private void OnPhase(BreakSnapshot snapshot)
    {
        var w = _text.Words;
        switch (snapshot.Phase)
        {
            case BreakPhase.Due:
                var body = _text.Format(w.NotificationBody, ("duration", DurationText.Short(_routine.TotalDuration)), ("names", _routine.Names));
                _notifier.Notify(_text.Format(w.NotificationTitle), body);
                if (_bell && !_notifier.IsDesktop)
                {
                    _out.Write('\a');
                }

                Line(snapshot.Now, _live
                    ? _text.Format(w.DueLive, ("body", body), ("postpones", snapshot.PostponesLeft), ("skips", snapshot.SkipsLeftToday))
                    : _text.Format(w.Due, ("body", body)));
                break;
            case BreakPhase.OnBreak:
                Line(snapshot.Now, _text.Format(_live ? w.OnBreakLive : w.OnBreak, ("names", _routine.Names), ("until", Clock(snapshot.BreakEndsAt!.Value, "HH:mm:ss"))));
                break;
            case BreakPhase.Waiting:
                Line(snapshot.Now, _text.Format(w.NextBreakAt, ("at", Clock(snapshot.NextBreakAt!.Value, "HH:mm"))));
                break;
            case BreakPhase.Paused:
                Line(snapshot.Now, _text.Format(_live ? w.PausedUntilLive : w.PausedUntil, ("until", Clock(snapshot.PausedUntil!.Value, "ddd HH:mm"))));
                break;
            case BreakPhase.Finished:
                Line(snapshot.Now, _text.Format(w.Done, ("taken", snapshot.BreaksTaken), ("skipped", snapshot.BreaksSkipped)));
                break;
        }
    }

    private void Status(BreakSnapshot snapshot)
    {
        var w = _text.Words;
        var text = snapshot.Phase switch
        {
            BreakPhase.Waiting => _text.Format(w.StatusWaiting, ("left", DurationText.Clock(snapshot.TimeToNextBreak ?? TimeSpan.Zero))),
            BreakPhase.Due => _text.Format(w.StatusDue),
            BreakPhase.OnBreak => _text.Format(w.StatusOnBreak, ("left", DurationText.Clock(snapshot.BreakEndsAt!.Value - snapshot.Now))),
            BreakPhase.Paused => _text.Format(w.StatusPaused, ("left", DurationText.Clock(snapshot.PausedUntil!.Value - snapshot.Now))),
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

    // Times of day in the run's culture (its day names; the 24-hour pattern is the same in every language).
    private string Clock(DateTimeOffset at, string pattern) => Local(at).ToString(pattern, _text.Culture);
}
