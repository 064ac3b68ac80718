using Supple.Core.Sessions;

namespace Supple.Cli.Sessions;

/// <summary>
/// The real-time host of a <see cref="SessionRunner"/>: it owns the session clock (the provider's monotonic timestamp
/// since the start), sleeps until exactly the moment the runner says the next event is due, feeds it the commands
/// typed on any thread with the time they were given, and raises the events on its own loop, in order.
/// </summary>
/// <remarks>
/// <para>
/// On <see cref="TimeProvider.System"/> the provider's timers run on a coarse clock (4 ms ticks on a typical Linux
/// kernel, so <c>Task.Delay</c> fires up to a tick early or late). The loop therefore uses the timer only to get
/// within <see cref="PrecisionWindow"/> (10 ms) of each moment, then sleeps the thread with the operating system's
/// high-resolution sleep until 1 ms before it and spins the last millisecond (docs/PERFORMANCE.md, "Cue timing"). On
/// any other provider (a test's fake clock) the window is zero: only the provider's timers are used.
/// </para>
/// <para>
/// Events are raised never under a lock, so a handler may post commands (they are applied after it returns). An
/// exception from the handler ends the run and is rethrown. Cancelling the token stops the session as abandoned.
/// </para>
/// </remarks>
internal sealed class SessionLoop
{
    private static readonly TimeSpan DefaultSystemPrecisionWindow = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan SpinLead = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan MaxPrecisionWindow = TimeSpan.FromMilliseconds(50);
    private const int SpinIterations = 20;

    private readonly Lock _gate = new();
    private readonly Queue<(RunnerCommand Command, TimeSpan At)> _commands = new();
    private readonly SessionRunner _runner;
    private TaskCompletionSource _wake = NewWake();
    private long _startTimestamp;
    private bool _running;
    private bool _waiting;
    private TimeSpan? _waitTarget;
    private TimeSpan _precisionWindow;

    public SessionLoop(SessionRunner runner, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(time);
        _runner = runner;
        Time = time;
        _precisionWindow = ReferenceEquals(time, TimeProvider.System) ? DefaultSystemPrecisionWindow : TimeSpan.Zero;
    }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>The timeline being played.</summary>
    public Timeline Timeline => _runner.Timeline;

    /// <summary>How long before each deadline the loop stops relying on the provider's timers (at most 50 ms).</summary>
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

    /// <summary>For tests on a fake clock: true when everything due by now is raised and the loop waits.</summary>
    internal bool IsSettled
    {
        get
        {
            lock (_gate)
            {
                return _waiting && _commands.Count == 0 && !_wake.Task.IsCompleted && (_waitTarget is not { } target || target > Clock());
            }
        }
    }

    /// <summary>For tests on a fake clock: how long until the loop's next wake, or <c>null</c> when it waits for a command.</summary>
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

    /// <summary>Gives a command (from any thread); it is applied with the time it was given.</summary>
    public void Post(RunnerCommand command)
    {
        lock (_gate)
        {
            if (_runner.IsFinished)
            {
                return;
            }

            _commands.Enqueue((command, _running ? Clock() : TimeSpan.Zero));
            _wake.TrySetResult();
        }
    }

    /// <summary>The current step, its remaining time and the pause state, read together (from any thread).</summary>
    public RunnerSnapshot GetSnapshot()
    {
        lock (_gate)
        {
            return _runner.Snapshot(_running ? Clock() : TimeSpan.Zero);
        }
    }

    /// <summary>Plays the session to its end, raising every event on this loop in order.</summary>
    public async Task<SessionResult> RunAsync(Action<RunnerEvent> onEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(onEvent);
        var events = new List<RunnerEvent>();
        lock (_gate)
        {
            _startTimestamp = Time.GetTimestamp();
            events.AddRange(_runner.Start(Time.GetUtcNow()));
            _running = true;
        }

        while (true)
        {
            Task wake;
            TimeSpan? target;
            lock (_gate)
            {
                while (!_runner.IsFinished && _commands.TryDequeue(out var command))
                {
                    events.AddRange(_runner.Apply(command.Command, command.At));
                }

                var now = Clock();
                if (!_runner.IsFinished && cancellationToken.IsCancellationRequested)
                {
                    events.AddRange(_runner.Apply(RunnerCommand.Stop, now));
                }

                if (!_runner.IsFinished)
                {
                    events.AddRange(_runner.AdvanceTo(now));
                }

                target = _runner.NextDue;
                if (_wake.Task.IsCompleted && _commands.Count == 0)
                {
                    _wake = NewWake();
                }

                wake = _wake.Task;
            }

            foreach (var e in events)
            {
                onEvent(e);
            }

            events.Clear();
            if (_runner.Result is { } result)
            {
                return result;
            }

            await WaitAsync(target, wake, cancellationToken).ConfigureAwait(false);
        }
    }

    private static TaskCompletionSource NewWake() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TimeSpan Clock() => Time.GetElapsedTime(_startTimestamp);

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
            var delay = Task.Delay(due, Time, cancelDelay.Token);

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
    /// The last few milliseconds before a deadline on the real clock: a high-resolution sleep of this thread up to a
    /// millisecond before it, then a spin. The thread is held for at most <see cref="PrecisionWindow"/>; a command given
    /// meanwhile is applied right after, with the time it was given.
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
}
