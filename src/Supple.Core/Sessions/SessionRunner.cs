using Supple.Core.Content;

namespace Supple.Core.Sessions;

/// <summary>
/// Plays a <see cref="Timeline"/> on an injected <see cref="TimeProvider"/>. Every step's end is an absolute
/// deadline on the provider's clock, so waiting never accumulates drift. Commands may be called from any thread.
/// </summary>
/// <remarks>
/// <para>
/// The runner keeps one session clock (the provider's monotonic timestamp since <see cref="RunAsync"/> began). A step
/// that plays to its end hands over to the next one at its exact deadline, not at the moment the runner happened to
/// wake, so lateness never carries from one step to the next. While running, the runner sleeps until the next
/// whole second of the step, the halfway point of a hold, or the step's end, whichever comes first.
/// </para>
/// <para>
/// Events are raised in order on the runner's own loop, never while a lock is held, so a handler may call any
/// command (it takes effect after the handler returns). An exception thrown by a handler ends the run and is
/// rethrown by <see cref="RunAsync"/>. Event times (<see cref="RunnerEvent.At"/>) are the moments on the session clock
/// the events belong to: a second's boundary, a step's deadline, or the moment a command was given.
/// </para>
/// </remarks>
public sealed class SessionRunner
{
    private static readonly TimeSpan DefaultSystemPrecisionWindow = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan SpinLead = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan MaxPrecisionWindow = TimeSpan.FromMilliseconds(50);
    private const int SpinIterations = 20;

    private readonly Lock _gate = new();
    private readonly Queue<(CommandKind Kind, TimeSpan At)> _commands = new();
    private readonly List<StretchRecord> _records = [];
    private TaskCompletionSource _wake = NewWake();
    private TimeSpan _precisionWindow;

    // Loop state. Written by the loop under _gate; read under _gate by commands and snapshots.
    private bool _started;
    private bool _finished;
    private long _startTimestamp;
    private DateTimeOffset _startedAt;
    private int _index = -1;
    private TimeSpan _segmentStart;
    private TimeSpan _workedBefore;
    private TimeSpan _lastTime;
    private bool _paused;
    private int _nextSecond;
    private bool _halfwayPending;
    private StretchProgress? _stretch;
    private HurtReport? _hurt;
    private SessionResult? _result;
    private bool _waiting;
    private TimeSpan? _waitTarget;

    /// <summary>Creates a runner for <paramref name="timeline"/> timed by <paramref name="timeProvider"/>.</summary>
    public SessionRunner(Timeline timeline, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(timeline.Steps);
        if (timeline.Steps.Count == 0)
        {
            throw new ArgumentException("A timeline needs at least its final Done step.", nameof(timeline));
        }

        Timeline = timeline;
        TimeProvider = timeProvider;
        _precisionWindow = ReferenceEquals(timeProvider, TimeProvider.System) ? DefaultSystemPrecisionWindow : TimeSpan.Zero;
    }

    private enum CommandKind
    {
        Pause,
        Resume,
        SkipStep,
        SkipStretch,
        Stop,
        Hurt,
    }

    /// <summary>The timeline being played.</summary>
    public Timeline Timeline { get; }

    /// <summary>The clock.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>
    /// How long before each deadline the runner stops relying on the provider's (coarse) timers: it sleeps this
    /// thread with the operating system's high-resolution sleep until 1 ms before the deadline, then spins the last
    /// millisecond. 10 ms on <see cref="TimeProvider.System"/>; zero (timers only) on any other clock, where a real
    /// sleep or spin could never see time move. At most 50 ms.
    /// </summary>
    public TimeSpan PrecisionWindow
    {
        get => _precisionWindow;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxPrecisionWindow);
            _precisionWindow = value;
        }
    }

    /// <summary>The step being played, or <c>null</c> before the run starts.</summary>
    public TimelineStep? CurrentStep => GetSnapshot().Step;

    /// <summary>True while paused.</summary>
    public bool IsPaused => GetSnapshot().IsPaused;

    /// <summary>Reads the current step, its remaining time and the pause state together.</summary>
    public RunnerSnapshot GetSnapshot()
    {
        lock (_gate)
        {
            if (!_started)
            {
                return new RunnerSnapshot(null, TimeSpan.Zero, _paused, false);
            }

            var step = Timeline.Steps[_index];
            var remaining = step.Duration - Worked(_finished ? _lastTime : Max(Clock(), _lastTime));
            return new RunnerSnapshot(step, Max(remaining, TimeSpan.Zero), _paused, _finished);
        }
    }

    /// <summary>
    /// Plays the timeline to its end (or until stopped), calling <paramref name="onEvent"/> on the runner's
    /// own loop for every event, in order. Cancelling <paramref name="cancellationToken"/> ends the session as
    /// <see cref="SessionOutcome.Abandoned"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The runner has already been started (a runner plays once).</exception>
    public async Task<SessionResult> RunAsync(Action<RunnerEvent> onEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(onEvent);
        var events = new List<RunnerEvent>();
        lock (_gate)
        {
            if (_started)
            {
                throw new InvalidOperationException("This runner has already played its timeline; create a new one.");
            }

            _started = true;
            _startTimestamp = TimeProvider.GetTimestamp();
            _startedAt = TimeProvider.GetUtcNow();
            StartStep(0, TimeSpan.Zero, events);
        }

        try
        {
            while (true)
            {
                Task wake;
                TimeSpan? target;
                lock (_gate)
                {
                    var now = Max(Clock(), _lastTime);
                    while (!_finished && _commands.TryDequeue(out var command))
                    {
                        var at = Max(command.At, _lastTime);
                        Play(at, events);
                        if (!_finished)
                        {
                            Apply(command.Kind, at, events);
                        }
                    }

                    if (!_finished && cancellationToken.IsCancellationRequested)
                    {
                        Play(now, events);
                        if (!_finished)
                        {
                            Stop(now, SessionOutcome.Abandoned, events);
                        }
                    }

                    if (!_finished)
                    {
                        Play(now, events);
                    }

                    target = _finished || _paused ? null : NextPointTime();
                    if (_wake.Task.IsCompleted && _commands.Count == 0)
                    {
                        _wake = NewWake();
                    }

                    wake = _wake.Task;
                }

                Raise(onEvent, events);
                if (_result is { } result)
                {
                    return result;
                }

                await WaitAsync(target, wake, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            lock (_gate)
            {
                _finished = true;
            }

            throw;
        }
    }

    /// <summary>Pauses the current step; its remaining time is kept.</summary>
    public void Pause() => Enqueue(CommandKind.Pause);

    /// <summary>Resumes a paused step with the time it had left.</summary>
    public void Resume() => Enqueue(CommandKind.Resume);

    /// <summary>
    /// Ends the current step now and moves to the next. A skipped hold or flow phase marks its stretch's record as
    /// skipped; skipping a transition (get into position, release, switch, rest) does not. When paused, the next step
    /// starts paused.
    /// </summary>
    public void SkipStep() => Enqueue(CommandKind.SkipStep);

    /// <summary>Ends the current stretch now (recorded as skipped) and moves to the next stretch.</summary>
    public void SkipStretch() => Enqueue(CommandKind.SkipStretch);

    /// <summary>Ends the session now as <see cref="SessionOutcome.Abandoned"/>.</summary>
    public void Stop() => Enqueue(CommandKind.Stop);

    /// <summary>"This hurts": ends the session now as <see cref="SessionOutcome.StoppedForPain"/>, recording the stretch and side.</summary>
    public void ReportHurt() => Enqueue(CommandKind.Hurt);

    /// <summary>
    /// For tests on a fake clock: true when the runner has raised everything due by now and is waiting for a later
    /// moment or a command.
    /// </summary>
    internal bool IsSettled
    {
        get
        {
            lock (_gate)
            {
                return _waiting && _commands.Count == 0 && !_wake.Task.IsCompleted
                    && (_waitTarget is not { } target || target > Clock());
            }
        }
    }

    /// <summary>For tests on a fake clock: how long until the runner's next wake, or <c>null</c> when it waits for a command.</summary>
    internal TimeSpan? NextWakeIn
    {
        get
        {
            lock (_gate)
            {
                return _waiting && _waitTarget is { } target ? target - Clock() : null;
            }
        }
    }

    private static TaskCompletionSource NewWake() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static bool HasCountdown(TimelineStep step) =>
        (step.Kind is StepKind.Hold or StepKind.Flow or StepKind.GetIntoPosition) && step.Duration >= TimeSpan.FromSeconds(4);

    private static void Raise(Action<RunnerEvent> onEvent, List<RunnerEvent> events)
    {
        foreach (var e in events)
        {
            onEvent(e);
        }

        events.Clear();
    }

    private void Enqueue(CommandKind kind)
    {
        lock (_gate)
        {
            if (_finished)
            {
                return;
            }

            _commands.Enqueue((kind, _started ? Clock() : TimeSpan.Zero));
            _wake.TrySetResult();
        }
    }

    private TimeSpan Clock() => TimeProvider.GetElapsedTime(_startTimestamp);

    private DateTimeOffset Stamp(TimeSpan at) => _startedAt + at;

    /// <summary>Time spent in the current step so far, pauses excluded.</summary>
    private TimeSpan Worked(TimeSpan now) => _paused ? _workedBefore : _workedBefore + (now - _segmentStart);

    private async Task WaitAsync(TimeSpan? target, Task wake, CancellationToken cancellationToken)
    {
        while (!wake.IsCompleted && !cancellationToken.IsCancellationRequested)
        {
            var due = Timeout.InfiniteTimeSpan;
            if (target is { } deadline)
            {
                due = deadline - Clock();
                if (due <= TimeSpan.Zero)
                {
                    return;
                }

                if (due <= _precisionWindow)
                {
                    FinalApproach(deadline, wake, cancellationToken);
                    return;
                }

                due -= _precisionWindow;
            }

            using var cancelDelay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(due, TimeProvider, cancelDelay.Token);

            // Only now, with the timer armed, may a test's fake clock move on (see IsSettled).
            SetWaiting(true, target);
            await Task.WhenAny(delay, wake).ConfigureAwait(false);
            SetWaiting(false, target);
            await cancelDelay.CancelAsync().ConfigureAwait(false);
            if (target is null)
            {
                return;
            }
        }
    }

    /// <summary>
    /// The last few milliseconds before a deadline on the real clock. The provider's timers run on a coarse clock
    /// (4 ms ticks on a typical Linux kernel) and fire that much early or late, so the runner hands over to a
    /// high-resolution sleep of this thread up to a millisecond before the deadline, then spins the rest. The thread
    /// is held for at most <see cref="PrecisionWindow"/>; a command given meanwhile is applied right after, with the
    /// time it was given.
    /// </summary>
    private void FinalApproach(TimeSpan deadline, Task wake, CancellationToken cancellationToken)
    {
        var sleep = deadline - Clock() - SpinLead;
        if (sleep >= TimeSpan.FromMilliseconds(1))
        {
            Thread.Sleep(sleep);
        }

        // No yielding: giving the core away here is what makes cues late.
        while (Clock() < deadline && !wake.IsCompleted && !cancellationToken.IsCancellationRequested)
        {
            Thread.SpinWait(SpinIterations);
        }
    }

    private void SetWaiting(bool waiting, TimeSpan? target)
    {
        lock (_gate)
        {
            _waiting = waiting;
            _waitTarget = target;
        }
    }

    /// <summary>Raises everything due up to <paramref name="now"/>, across as many steps as have ended.</summary>
    private void Play(TimeSpan now, List<RunnerEvent> events)
    {
        while (!_finished && !_paused)
        {
            var step = Timeline.Steps[_index];
            var point = NextPoint(step);
            var at = _segmentStart + (point - _workedBefore);
            if (at > now)
            {
                break;
            }

            var second = TimeSpan.FromSeconds(_nextSecond);
            if (_nextSecond <= WholeSeconds(step) && second == point)
            {
                var remaining = (int)Math.Ceiling((step.Duration - second).TotalSeconds);
                events.Add(new SecondElapsed(Stamp(at), step, remaining));
                _nextSecond++;
                if (_halfwayPending && Halfway(step) == point)
                {
                    events.Add(new HalfwayReached(Stamp(at), step));
                    _halfwayPending = false;
                }

                if (HasCountdown(step) && remaining is >= 1 and <= 3)
                {
                    events.Add(new CountdownCue(Stamp(at), step, remaining));
                }
            }
            else if (_halfwayPending && Halfway(step) == point)
            {
                events.Add(new HalfwayReached(Stamp(at), step));
                _halfwayPending = false;
            }

            _lastTime = Max(_lastTime, at);
            if (point >= step.Duration && _nextSecond > WholeSeconds(step) && !_halfwayPending)
            {
                EndStep(at, skipped: false, events);
                NextStep(at, events);
            }
        }

        _lastTime = Max(_lastTime, now);
    }

    private static int WholeSeconds(TimelineStep step) => (int)(step.Duration.Ticks / TimeSpan.TicksPerSecond);

    private static TimeSpan Halfway(TimelineStep step) => step.Duration / 2;

    /// <summary>The next moment of the current step (in its own worked time) at which something happens.</summary>
    private TimeSpan NextPoint(TimelineStep step)
    {
        var point = step.Duration;
        if (_nextSecond <= WholeSeconds(step))
        {
            point = TimeSpan.FromSeconds(_nextSecond);
        }

        if (_halfwayPending && Halfway(step) < point)
        {
            point = Halfway(step);
        }

        return point;
    }

    private TimeSpan NextPointTime()
    {
        var step = Timeline.Steps[_index];
        return _segmentStart + (NextPoint(step) - _workedBefore);
    }

    private void StartStep(int index, TimeSpan at, List<RunnerEvent> events)
    {
        var step = Timeline.Steps[index];
        _index = index;
        _segmentStart = at;
        _workedBefore = TimeSpan.Zero;
        _nextSecond = 1;
        _halfwayPending = step.Kind == StepKind.Hold && step.Duration > TimeSpan.Zero;
        _lastTime = Max(_lastTime, at);
        if (step.StretchIndex >= 0 && _stretch?.Stretch.Index != step.StretchIndex)
        {
            _stretch = new StretchProgress(Timeline, Timeline.Stretches[step.StretchIndex]);
        }

        _stretch?.Reach(step);
        events.Add(new StepStarted(Stamp(at), step));
        if (step.Duration <= TimeSpan.Zero)
        {
            // Zero-length steps (the final Done) end as they start, even while paused.
            EndStep(at, skipped: false, events);
            NextStep(at, events);
        }
    }

    /// <summary>Raises <see cref="StepCompleted"/> for the current step and records its work.</summary>
    private void EndStep(TimeSpan at, bool skipped, List<RunnerEvent> events, bool interrupted = false)
    {
        var step = Timeline.Steps[_index];
        var playedOut = !skipped && !interrupted;
        var worked = playedOut ? step.Duration : Max(TimeSpan.Zero, Worked(at));
        if (worked > step.Duration)
        {
            worked = step.Duration;
        }

        _workedBefore = worked;
        _segmentStart = at;
        events.Add(new StepCompleted(Stamp(at), step, Skipped: skipped || interrupted));
        _stretch?.Record(step, worked, playedOut, skipped);
    }

    /// <summary>Moves on after the current step has ended: closes the stretch when it is over, then starts the next step.</summary>
    private void NextStep(TimeSpan at, List<RunnerEvent> events)
    {
        var step = Timeline.Steps[_index];
        if (step.Kind == StepKind.Done || _index + 1 >= Timeline.Steps.Count)
        {
            CloseStretch(at, events);
            End(SessionOutcome.Completed, at, events);
            return;
        }

        if (_stretch is not null && _index + 1 >= _stretch.EndStep)
        {
            CloseStretch(at, events);
        }

        StartStep(_index + 1, at, events);
    }

    private void Apply(CommandKind kind, TimeSpan at, List<RunnerEvent> events)
    {
        switch (kind)
        {
            case CommandKind.Pause when !_paused:
                _workedBefore = Worked(at);
                _paused = true;
                events.Add(new SessionPaused(Stamp(at)));
                break;
            case CommandKind.Resume when _paused:
                _segmentStart = at;
                _paused = false;
                events.Add(new SessionResumed(Stamp(at)));
                break;
            case CommandKind.SkipStep:
                SkipStep(at, events);
                break;
            case CommandKind.SkipStretch:
                SkipStretch(at, events);
                break;
            case CommandKind.Stop:
                Stop(at, SessionOutcome.Abandoned, events);
                break;
            case CommandKind.Hurt:
                var stretch = _stretch;
                var side = stretch?.CurrentSide ?? Side.None;
                stretch?.MarkHurt();
                _hurt = new HurtReport(stretch?.Stretch.StretchId ?? string.Empty, side, Stamp(at));
                Stop(at, SessionOutcome.StoppedForPain, events);
                break;
            default:
                break; // Pause while paused, Resume while running: nothing to do.
        }
    }

    private void SkipStep(TimeSpan at, List<RunnerEvent> events)
    {
        var paused = _paused;
        EndStep(at, skipped: true, events);
        NextStep(at, events);
        if (!_finished && paused)
        {
            // The next step waits, paused, with its whole duration.
            _paused = true;
            _workedBefore = TimeSpan.Zero;
        }
    }

    private void SkipStretch(TimeSpan at, List<RunnerEvent> events)
    {
        if (_stretch is not { } stretch)
        {
            SkipStep(at, events);
            return;
        }

        var paused = _paused;
        EndStep(at, skipped: true, events);
        stretch.SkipRest(_index);
        CloseStretch(at, events);
        if (stretch.EndStep >= Timeline.Steps.Count)
        {
            End(SessionOutcome.Completed, at, events);
            return;
        }

        StartStep(stretch.EndStep, at, events);
        if (!_finished && paused)
        {
            _paused = true;
            _workedBefore = TimeSpan.Zero;
        }
    }

    private void Stop(TimeSpan at, SessionOutcome outcome, List<RunnerEvent> events)
    {
        EndStep(at, skipped: false, events, interrupted: true);
        CloseStretch(at, events);
        End(outcome, at, events);
    }

    private void CloseStretch(TimeSpan at, List<RunnerEvent> events)
    {
        if (_stretch is not { } stretch)
        {
            return;
        }

        var records = stretch.ToRecords();
        _records.AddRange(records);
        events.Add(new StretchCompleted(Stamp(at), records));
        _stretch = null;
    }

    private void End(SessionOutcome outcome, TimeSpan at, List<RunnerEvent> events)
    {
        _finished = true;
        _lastTime = Max(_lastTime, at);
        _result = new SessionResult(outcome, _startedAt, Stamp(at), _records.ToArray(), _hurt);
        events.Add(new SessionEnded(Stamp(at), _result));
    }
}
