namespace Supple.Core.Reminders;

/// <summary>
/// The desk-break schedule as a state machine on an injected <see cref="TimeProvider"/>: counts down to each break,
/// offers it, and lets the person take it, postpone it (a limited number of times), skip it (a limited number of
/// times a day) or pause breaks for a while or until tomorrow. Time only moves the state forward when it is read
/// or acted on, so the scheduler needs no timer of its own. Safe to call from several threads.
/// </summary>
public sealed class BreakScheduler
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private BreakPhase _phase = BreakPhase.Waiting;
    private DateTimeOffset _nextBreakAt;
    private DateTimeOffset _breakEndsAt;
    private DateTimeOffset _pausedUntil;
    private int _postponesUsed;
    private DateOnly _skipDay;
    private int _skipsToday;
    private int _breaksTaken;
    private int _breaksSkipped;

    /// <summary>Starts a schedule now: the first break is due after <see cref="BreakSettings.Every"/>.</summary>
    /// <param name="settings">Spacing and limits.</param>
    /// <param name="time">The clock (and local time zone, for "today" and "tomorrow").</param>
    /// <param name="runFor">How long to run (e.g. 8 hours), or <c>null</c> to run until stopped.</param>
    public BreakScheduler(BreakSettings settings, TimeProvider time, TimeSpan? runFor = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        if (runFor is { } span)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(span, TimeSpan.Zero, nameof(runFor));
        }

        Settings = settings;
        _time = time;
        var now = time.GetUtcNow();
        StartedAt = now;
        EndsAt = runFor is { } length ? now + length : null;
        _nextBreakAt = now + settings.Every;
        _skipDay = LocalDate(now);
    }

    /// <summary>Spacing and limits.</summary>
    public BreakSettings Settings { get; }

    /// <summary>When the schedule started.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>When the run ends, or <c>null</c>.</summary>
    public DateTimeOffset? EndsAt { get; }

    /// <summary>The state now.</summary>
    public BreakSnapshot Snapshot()
    {
        lock (_gate)
        {
            return SnapshotAt(Advance());
        }
    }

    /// <summary>When the phase will next change by itself (a break falls due, a break or pause ends, the run ends), or <c>null</c>.</summary>
    public DateTimeOffset? NextChangeAt()
    {
        lock (_gate)
        {
            Advance();
            DateTimeOffset? next = _phase switch
            {
                BreakPhase.Waiting => _nextBreakAt,
                BreakPhase.OnBreak => _breakEndsAt,
                BreakPhase.Paused => _pausedUntil,
                _ => null,
            };
            return (next, EndsAt) switch
            {
                (_, _) when _phase == BreakPhase.Finished => null,
                ({ } n, { } e) => n < e ? n : e,
                (null, { } e) => e,
                _ => next,
            };
        }
    }

    /// <summary>Takes a break now: when one is due, or early while counting down.</summary>
    public BreakActionResult StartBreak()
    {
        lock (_gate)
        {
            var now = Advance();
            if (_phase is not (BreakPhase.Due or BreakPhase.Waiting))
            {
                return BreakActionResult.NotNow;
            }

            _phase = BreakPhase.OnBreak;
            _breakEndsAt = now + Settings.BreakLength;
            _postponesUsed = 0;
            _breaksTaken++;
            return BreakActionResult.Done;
        }
    }

    /// <summary>Ends the current break early; the next one is due after <see cref="BreakSettings.Every"/>.</summary>
    public BreakActionResult FinishBreak()
    {
        lock (_gate)
        {
            var now = Advance();
            if (_phase != BreakPhase.OnBreak)
            {
                return BreakActionResult.NotNow;
            }

            _phase = BreakPhase.Waiting;
            _nextBreakAt = now + Settings.Every;
            return BreakActionResult.Done;
        }
    }

    /// <summary>Puts off a due break by <see cref="BreakSettings.PostponeBy"/>, up to <see cref="BreakSettings.MaxPostponesPerBreak"/> times.</summary>
    public BreakActionResult Postpone()
    {
        lock (_gate)
        {
            var now = Advance();
            if (_phase != BreakPhase.Due)
            {
                return BreakActionResult.NotNow;
            }

            if (_postponesUsed >= Settings.MaxPostponesPerBreak)
            {
                return BreakActionResult.LimitReached;
            }

            _postponesUsed++;
            _phase = BreakPhase.Waiting;
            _nextBreakAt = now + Settings.PostponeBy;
            return BreakActionResult.Done;
        }
    }

    /// <summary>Skips a due break, up to <see cref="BreakSettings.MaxSkipsPerDay"/> times a day; the next is due after <see cref="BreakSettings.Every"/>.</summary>
    public BreakActionResult Skip()
    {
        lock (_gate)
        {
            var now = Advance();
            if (_phase != BreakPhase.Due)
            {
                return BreakActionResult.NotNow;
            }

            RollSkipDay(now);
            if (_skipsToday >= Settings.MaxSkipsPerDay)
            {
                return BreakActionResult.LimitReached;
            }

            _skipsToday++;
            _breaksSkipped++;
            _postponesUsed = 0;
            _phase = BreakPhase.Waiting;
            _nextBreakAt = now + Settings.Every;
            return BreakActionResult.Done;
        }
    }

    /// <summary>Pauses breaks for <paramref name="duration"/>; when it ends, the next break is due after <see cref="BreakSettings.Every"/>.</summary>
    public BreakActionResult PauseFor(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        lock (_gate)
        {
            var now = Advance();
            return PauseUntilLocked(now + duration);
        }
    }

    /// <summary>Pauses breaks until the start of tomorrow (local midnight).</summary>
    public BreakActionResult PauseUntilTomorrow()
    {
        lock (_gate)
        {
            var now = Advance();
            return PauseUntilLocked(StartOfTomorrow(now));
        }
    }

    /// <summary>Ends a pause now; the next break is due after <see cref="BreakSettings.Every"/>.</summary>
    public BreakActionResult Resume()
    {
        lock (_gate)
        {
            var now = Advance();
            if (_phase != BreakPhase.Paused)
            {
                return BreakActionResult.NotNow;
            }

            _phase = BreakPhase.Waiting;
            _nextBreakAt = now + Settings.Every;
            return BreakActionResult.Done;
        }
    }

    private BreakActionResult PauseUntilLocked(DateTimeOffset until)
    {
        if (_phase == BreakPhase.Finished)
        {
            return BreakActionResult.NotNow;
        }

        _phase = BreakPhase.Paused;
        _pausedUntil = until;
        _postponesUsed = 0;
        return BreakActionResult.Done;
    }

    // Moves the state forward to now; returns now.
    private DateTimeOffset Advance()
    {
        var now = _time.GetUtcNow();
        RollSkipDay(now);
        while (true)
        {
            if (_phase != BreakPhase.Finished && EndsAt is { } end && now >= end)
            {
                _phase = BreakPhase.Finished;
            }

            switch (_phase)
            {
                case BreakPhase.Waiting when now >= _nextBreakAt:
                    _phase = BreakPhase.Due;
                    continue;
                case BreakPhase.OnBreak when now >= _breakEndsAt:
                    _phase = BreakPhase.Waiting;
                    _nextBreakAt = _breakEndsAt + Settings.Every;
                    continue;
                case BreakPhase.Paused when now >= _pausedUntil:
                    _phase = BreakPhase.Waiting;
                    _nextBreakAt = _pausedUntil + Settings.Every;
                    continue;
                default:
                    return now;
            }
        }
    }

    private BreakSnapshot SnapshotAt(DateTimeOffset now)
    {
        RollSkipDay(now);
        return new BreakSnapshot(
            now,
            _phase,
            _phase is BreakPhase.Waiting or BreakPhase.Due ? _nextBreakAt : null,
            _phase == BreakPhase.OnBreak ? _breakEndsAt : null,
            _phase == BreakPhase.Paused ? _pausedUntil : null,
            EndsAt,
            Math.Max(0, Settings.MaxPostponesPerBreak - _postponesUsed),
            Math.Max(0, Settings.MaxSkipsPerDay - _skipsToday),
            _breaksTaken,
            _breaksSkipped);
    }

    private void RollSkipDay(DateTimeOffset now)
    {
        var today = LocalDate(now);
        if (today != _skipDay)
        {
            _skipDay = today;
            _skipsToday = 0;
        }
    }

    private DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _time.LocalTimeZone).DateTime);

    private DateTimeOffset StartOfTomorrow(DateTimeOffset now)
    {
        var zone = _time.LocalTimeZone;
        var midnight = LocalDate(now).AddDays(1).ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(30);
        }

        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }
}
