namespace Supple.Core.Sessions;

/// <summary>
/// Plays a <see cref="Timeline"/> as a state machine on a session clock the host gives it: start it, advance it to a
/// time, apply a command at a time, and take the events (and, in <see cref="StretchCompleted"/>, the final records)
/// each call returns. It never waits and reads no clock: the host (a terminal player, a benchmark, a test) owns the
/// waiting loop and the clock, as <c>BreakLoop</c> does for <c>BreakScheduler</c>. What was done becomes records
/// through <see cref="SessionFold"/>, the same fold a server uses for the steps a browser reports.
/// </summary>
/// <remarks>
/// <para>
/// Session time is the time since the start on the host's monotonic clock. Every step ends at an absolute deadline
/// on it: a step that plays to its end hands over to the next one at that deadline, not at the moment the host
/// happened to call, so a late call never carries over into later steps. <see cref="NextDue"/> says when the next
/// event is due (the next whole second of the step, the halfway point of a hold, or the step's end), so the host can
/// sleep until exactly then.
/// </para>
/// <para>
/// Not thread-safe: one host thread drives it (commands typed on another thread go through the host's queue, with the
/// time they were given). Events carry the moment they belong to (<see cref="RunnerEvent.At"/> = start +
/// session time): a second's boundary, a step's deadline, or the moment a command was given.
/// </para>
/// </remarks>
public sealed class SessionRunner
{
    private readonly SessionFold _fold;
    private DateTimeOffset _startedAt;
    private int _index = -1;
    private TimeSpan _segmentStart;
    private TimeSpan _workedBefore;
    private TimeSpan _lastTime;
    private int _nextSecond;
    private bool _halfwayPending;
    private List<RunnerEvent> _events = [];

    /// <summary>Creates a runner for <paramref name="timeline"/>.</summary>
    public SessionRunner(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        _fold = new SessionFold(timeline);
        Timeline = timeline;
    }

    /// <summary>The timeline being played.</summary>
    public Timeline Timeline { get; }

    /// <summary>True once <see cref="Start"/> was called.</summary>
    public bool IsStarted => _index >= 0;

    /// <summary>True once the session has ended (<see cref="Result"/> is set).</summary>
    public bool IsFinished => Result is not null;

    /// <summary>True while paused.</summary>
    public bool IsPaused { get; private set; }

    /// <summary>The step being played, or <c>null</c> before the start.</summary>
    public TimelineStep? CurrentStep => IsStarted ? Timeline.Steps[_index] : null;

    /// <summary>The result, once the session has ended.</summary>
    public SessionResult? Result { get; private set; }

    /// <summary>
    /// The session time at which the next event is due, or <c>null</c> while paused, before the start and after the
    /// end (then only a command can change anything).
    /// </summary>
    public TimeSpan? NextDue => !IsStarted || IsFinished || IsPaused ? null : _segmentStart + (NextPoint(Timeline.Steps[_index]) - _workedBefore);

    /// <summary>Starts the session at session time zero, which is the instant <paramref name="startedAt"/>.</summary>
    /// <exception cref="InvalidOperationException">It has already started (a runner plays once).</exception>
    public IReadOnlyList<RunnerEvent> Start(DateTimeOffset startedAt)
    {
        if (IsStarted)
        {
            throw new InvalidOperationException("This runner has already played its timeline; create a new one.");
        }

        _startedAt = startedAt;
        StartStep(0, TimeSpan.Zero);
        return Take();
    }

    /// <summary>
    /// Raises everything due up to session time <paramref name="now"/>, across as many steps as have ended (a host
    /// that wakes late, or after the machine slept, catches up in order). Times before the last one are ignored.
    /// </summary>
    public IReadOnlyList<RunnerEvent> AdvanceTo(TimeSpan now)
    {
        ThrowIfNotStarted();
        Play(now);
        return Take();
    }

    /// <summary>
    /// Applies <paramref name="command"/> given at session time <paramref name="at"/>, after raising everything due
    /// before it. Commands after the end are ignored (no events).
    /// </summary>
    public IReadOnlyList<RunnerEvent> Apply(RunnerCommand command, TimeSpan at)
    {
        ThrowIfNotStarted();
        var when = Max(at, _lastTime);
        Play(when);
        if (!IsFinished)
        {
            Execute(command, when);
        }

        return Take();
    }

    /// <summary>Reads the current step, its remaining time at session time <paramref name="now"/>, and the pause state.</summary>
    public RunnerSnapshot Snapshot(TimeSpan now)
    {
        if (!IsStarted)
        {
            return new RunnerSnapshot(null, TimeSpan.Zero, IsPaused, false);
        }

        var step = Timeline.Steps[_index];
        var remaining = step.Duration - Worked(IsFinished ? _lastTime : Max(now, _lastTime));
        return new RunnerSnapshot(step, Max(remaining, TimeSpan.Zero), IsPaused, IsFinished);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static bool HasCountdown(TimelineStep step) =>
        (step.Kind is StepKind.Hold or StepKind.Flow or StepKind.GetIntoPosition) && step.Duration >= TimeSpan.FromSeconds(4);

    private static int WholeSeconds(TimelineStep step) => (int)(step.Duration.Ticks / TimeSpan.TicksPerSecond);

    private static TimeSpan Halfway(TimelineStep step) => step.Duration / 2;

    private void ThrowIfNotStarted()
    {
        if (!IsStarted)
        {
            throw new InvalidOperationException("Start the runner first.");
        }
    }

    private List<RunnerEvent> Take()
    {
        var events = _events;
        _events = [];
        return events;
    }

    private DateTimeOffset Stamp(TimeSpan at) => _startedAt + at;

    /// <summary>Time spent in the current step so far, pauses excluded.</summary>
    private TimeSpan Worked(TimeSpan now) => IsPaused ? _workedBefore : _workedBefore + (now - _segmentStart);

    /// <summary>Raises everything due up to <paramref name="now"/>.</summary>
    private void Play(TimeSpan now)
    {
        while (!IsFinished && !IsPaused)
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
                _events.Add(new SecondElapsed(Stamp(at), step, remaining));
                _nextSecond++;
                if (_halfwayPending && Halfway(step) == point)
                {
                    _events.Add(new HalfwayReached(Stamp(at), step));
                    _halfwayPending = false;
                }

                if (HasCountdown(step) && remaining is >= 1 and <= 3)
                {
                    _events.Add(new CountdownCue(Stamp(at), step, remaining));
                }
            }
            else if (_halfwayPending && Halfway(step) == point)
            {
                _events.Add(new HalfwayReached(Stamp(at), step));
                _halfwayPending = false;
            }

            _lastTime = Max(_lastTime, at);
            if (point >= step.Duration && _nextSecond > WholeSeconds(step) && !_halfwayPending)
            {
                EndStep(at, StepEnd.Played);
            }
        }

        _lastTime = Max(_lastTime, now);
    }

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

    private void StartStep(int index, TimeSpan at)
    {
        var step = Timeline.Steps[index];
        _index = index;
        _segmentStart = at;
        _workedBefore = TimeSpan.Zero;
        _nextSecond = 1;
        _halfwayPending = step.Kind == StepKind.Hold && step.Duration > TimeSpan.Zero;
        _lastTime = Max(_lastTime, at);
        _events.Add(new StepStarted(Stamp(at), step));
        if (step.Duration <= TimeSpan.Zero)
        {
            // Zero-length steps (the final Done) end as they start, even while paused.
            EndStep(at, StepEnd.Played);
        }
    }

    /// <summary>Ends the current step as <paramref name="end"/> says, folds it, and moves on (or ends the session).</summary>
    private void EndStep(TimeSpan at, StepEnd end)
    {
        var step = Timeline.Steps[_index];
        var worked = end == StepEnd.Played ? step.Duration : Max(TimeSpan.Zero, Worked(at));
        _workedBefore = worked > step.Duration ? step.Duration : worked;
        _segmentStart = at;
        var paused = IsPaused;
        var outcome = new StepOutcome(_index, end, _workedBefore, Stamp(at));
        _events.Add(new StepCompleted(Stamp(at), step, Skipped: end != StepEnd.Played, outcome));
        var folded = _fold.Apply(outcome);
        if (folded.Closed.Count > 0)
        {
            _events.Add(new StretchCompleted(Stamp(at), folded.Closed));
        }

        if (folded.Ended is { } ended)
        {
            Result = new SessionResult(ended, _startedAt, Stamp(at), _fold.Records, folded.Hurt);
            _lastTime = Max(_lastTime, at);
            _events.Add(new SessionEnded(Stamp(at), Result));
            return;
        }

        IsPaused = false;
        StartStep(folded.NextStep, at);
        if (!IsFinished && paused)
        {
            // A step skipped while paused: the next one waits, paused, with its whole duration.
            IsPaused = true;
            _workedBefore = TimeSpan.Zero;
        }
    }

    private void Execute(RunnerCommand command, TimeSpan at)
    {
        switch (command)
        {
            case RunnerCommand.Pause when !IsPaused:
                _workedBefore = Worked(at);
                IsPaused = true;
                _events.Add(new SessionPaused(Stamp(at)));
                break;
            case RunnerCommand.Resume when IsPaused:
                _segmentStart = at;
                IsPaused = false;
                _events.Add(new SessionResumed(Stamp(at)));
                break;
            case RunnerCommand.SkipStep:
                EndStep(at, StepEnd.Skipped);
                break;
            case RunnerCommand.SkipStretch:
                EndStep(at, Timeline.Steps[_index].StretchIndex >= 0 ? StepEnd.SkippedStretch : StepEnd.Skipped);
                break;
            case RunnerCommand.Stop:
                EndStep(at, StepEnd.Stopped);
                break;
            case RunnerCommand.ReportHurt:
                EndStep(at, StepEnd.Hurt);
                break;
            default:
                break; // Pause while paused, Resume while running: nothing to do.
        }
    }
}
