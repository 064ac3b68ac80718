namespace Supple.Breaks;

/// <summary>
/// The breaks being saved: each is saved off the loop, a failure is said and retried with a growing delay, and the
/// person is told once it is saved. Nothing is said to be saved that is not.
/// </summary>
/// <param name="recorder">Saves one break.</param>
/// <param name="time">The loop's clock (retries are timed on it).</param>
/// <param name="say">Writes a line on the loop's screen.</param>
/// <param name="flushFor">How long the end of the run waits for saves still failing (real time).</param>
/// <param name="text">What is said, in the run's language.</param>
internal sealed class BreakSaves(IBreakRecorder recorder, TimeProvider time, Action<DateTimeOffset, string> say, TimeSpan flushFor, BreakText text)
{
    /// <summary>How long the end of a run waits for the last saves.</summary>
    public static readonly TimeSpan DefaultFlushFor = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMinutes(5);

    private static readonly Task Never = new TaskCompletionSource().Task;

    private readonly List<Pending> _pending = [];

    /// <summary>When the loop should wake to retry a save, or <c>null</c>.</summary>
    public DateTimeOffset? NextWakeAt => _pending.Where(p => p.Task is null).Select(p => (DateTimeOffset?)p.RetryAt).Min();

    /// <summary>Completes when a save in flight finishes (the loop wakes to say so), or never when none is.</summary>
    public Task AnySettled
    {
        get
        {
            var running = _pending.Select(p => p.Task).OfType<Task>().ToList();
            return running.Count == 0 ? Never : Task.WhenAny(running);
        }
    }

    public void Add(BreakRecord record)
    {
        var pending = new Pending(record);
        _pending.Add(pending);
        Start(pending);
    }

    /// <summary>Says what finished since the last call, and starts the retries that are due.</summary>
    public void Poll()
    {
        var now = time.GetUtcNow();
        foreach (var pending in _pending.ToList())
        {
            if (pending.Task is { IsCompleted: true } task)
            {
                pending.Task = null;
                if (task.IsCompletedSuccessfully)
                {
                    _pending.Remove(pending);
                    say(now, text.Saved(pending.Record));
                }
                else
                {
                    pending.Error = task.Exception?.GetBaseException().Message ?? "cancelled";
                    if (pending.Attempts == 1)
                    {
                        say(now, text.NotSavedYet(pending.Error));
                    }

                    pending.RetryAt = now + pending.Delay;
                    pending.Delay = pending.Delay * 2 > LongestRetry ? LongestRetry : pending.Delay * 2;
                }
            }
            else if (pending.Task is null && pending.RetryAt <= now)
            {
                Start(pending);
            }
        }
    }

    /// <summary>Waits (a while) until every break is saved; says which could not be, and returns false then.</summary>
    public async Task<bool> FlushAsync()
    {
        var until = DateTimeOffset.UtcNow + flushFor;
        while (_pending.Count > 0 && DateTimeOffset.UtcNow < until)
        {
            foreach (var pending in _pending.Where(p => p.Task is null))
            {
                Start(pending);
            }

            var running = _pending.Select(p => p.Task).OfType<Task>().ToList();
            var left = until - DateTimeOffset.UtcNow;
            await Task.WhenAny(Task.WhenAll(running), Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero)).ConfigureAwait(false);
            Poll();
            if (_pending.Count > 0 && _pending.All(p => p.Task is null))
            {
                var wait = until - DateTimeOffset.UtcNow;
                await Task.Delay(wait < FirstRetry ? (wait > TimeSpan.Zero ? wait : TimeSpan.Zero) : FirstRetry).ConfigureAwait(false);
            }
        }

        if (_pending.Count == 0)
        {
            return true;
        }

        say(time.GetUtcNow(), text.CouldNotSave(_pending.Count, _pending[^1].Error ?? "no answer"));
        return false;
    }

    private void Start(Pending pending)
    {
        pending.Attempts++;
        pending.Task = Task.Run(() => recorder.RecordAsync(pending.Record, CancellationToken.None));
    }

    private sealed class Pending(BreakRecord record)
    {
        public BreakRecord Record { get; } = record;

        public Task? Task { get; set; }

        public int Attempts { get; set; }

        public string? Error { get; set; }

        public DateTimeOffset RetryAt { get; set; }

        public TimeSpan Delay { get; set; } = FirstRetry;
    }
}
