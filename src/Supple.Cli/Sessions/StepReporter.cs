using System.Threading.Channels;
using Supple.Application;
using Supple.Core.Sessions;

namespace Supple.Cli.Sessions;

/// <summary>
/// Reports the runner's step outcomes to the application, in order and off the runner's loop, so a slow disk never
/// delays the timer: the application folds them into records (the same fold as for the browser) and stores each
/// closed stretch in its own transaction, so killing the process loses at most the stretch in progress. A failed save
/// is retried, and the person is told; nothing is ever said to be saved that is not.
/// </summary>
internal sealed class StepReporter
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan GiveUpAfterEnd = TimeSpan.FromSeconds(30);

    private readonly GuidedSessions _sessions;
    private readonly long _sessionId;
    private readonly Action<Core.Sessions.StretchRecord> _onSaved;
    private readonly Action<string> _onProblem;
    private readonly Channel<StepOutcome> _queue = Channel.CreateUnbounded<StepOutcome>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private int _saved;
    private long _giveUpAt = long.MaxValue;

    public StepReporter(GuidedSessions sessions, long sessionId, int recordsSoFar, Action<Core.Sessions.StretchRecord> onSaved, Action<string> onProblem)
    {
        _sessions = sessions;
        _sessionId = sessionId;
        _saved = recordsSoFar;
        _onSaved = onSaved;
        _onProblem = onProblem;
        _writer = Task.Run(WriteAllAsync);
    }

    /// <summary>The session as last saved, or <c>null</c> before the first save.</summary>
    public SessionState? State { get; private set; }

    /// <summary>Why the last steps could not be saved, when they could not (after every retry).</summary>
    public Exception? Error { get; private set; }

    /// <summary>Queues a step outcome (from the runner's loop; never blocks).</summary>
    public void Enqueue(StepOutcome outcome) => _queue.Writer.TryWrite(outcome);

    /// <summary>Waits until every queued step is saved (retrying for a while), and returns the session as saved.</summary>
    public async Task<SessionState?> FlushAsync()
    {
        Interlocked.Exchange(ref _giveUpAt, Environment.TickCount64 + (long)GiveUpAfterEnd.TotalMilliseconds);
        _queue.Writer.TryComplete();
        await _writer;
        return State;
    }

    private async Task WriteAllAsync()
    {
        var pending = new List<StepOutcome>();
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (_queue.Reader.TryRead(out var outcome))
            {
                pending.Add(outcome);
            }

            await SaveAsync(pending);
        }

        if (pending.Count > 0)
        {
            await SaveAsync(pending);
        }
    }

    private async Task SaveAsync(List<StepOutcome> pending)
    {
        var delay = FirstRetry;
        var told = false;
        while (pending.Count > 0)
        {
            try
            {
                // Not cancelled by Ctrl+C: what was done is still worth keeping.
                var state = await _sessions.ReportStepsAsync(_sessionId, pending, CancellationToken.None);
                pending.Clear();
                State = state;
                Error = null;
                for (; _saved < state.Stretches.Count; _saved++)
                {
                    _onSaved(state.Stretches[_saved]);
                }

                if (told)
                {
                    _onProblem(SessionText.SavedAgain);
                }
            }
            catch (Exception ex) when (ex is ArgumentException or RefusedException)
            {
                // Not a passing failure (the session has ended elsewhere, or the steps contradict what is stored):
                // retrying cannot help, so say so and stop.
                Error = ex;
                pending.Clear();
                _onProblem(SessionText.CouldNotSave(ex.Message));
                return;
            }
            catch (Exception ex)
            {
                Error = ex;
                if (!told)
                {
                    _onProblem(SessionText.NotSavedYet(ex.Message));
                    told = true;
                }

                if (Environment.TickCount64 >= Interlocked.Read(ref _giveUpAt))
                {
                    return;
                }

                await Task.Delay(delay, CancellationToken.None);

                delay = delay * 2 > LongestRetry ? LongestRetry : delay * 2;

                // Steps that came in meanwhile go in the same report.
                while (_queue.Reader.TryRead(out var more))
                {
                    pending.Add(more);
                }
            }
        }
    }
}
