using Supple.Core.Sessions;

namespace Supple.Cli.Sessions;

/// <summary>
/// What each key does during a session, shared by the live view and <c>--plain</c>: space pause/resume,
/// n skip step, s skip stretch, h "this hurts", q (or Esc) quit after a y/n confirmation.
/// </summary>
internal sealed class SessionKeys
{
    private readonly SessionLoop _runner;
    private readonly SessionScreenState _state;
    private bool _pausedBeforeQuit;
    private volatile bool _ending;

    public SessionKeys(SessionLoop runner, SessionScreenState state)
    {
        _runner = runner;
        _state = state;
    }

    /// <summary>True once a key ended the session: keys typed after that belong to the pain-after prompt.</summary>
    public bool Ending => _ending;

    /// <summary>Handles one key. Returns true when the quit question was just asked (for --plain to print it).</summary>
    public bool Handle(ConsoleKeyInfo key)
    {
        // Decide under the state's lock, act on the runner outside it.
        var (action, askedToQuit) = Decide(key);
        action?.Invoke();
        return askedToQuit;
    }

    private Action Post(RunnerCommand command) => () => _runner.Post(command);

    private (Action? Action, bool AskedToQuit) Decide(ConsoleKeyInfo key)
    {
        var ch = char.ToLowerInvariant(key.KeyChar);
        if (ch == 'h')
        {
            // "This hurts" is honoured whatever else is on screen.
            _ending = true;
            return (() => _runner.Post(RunnerCommand.ReportHurt), false);
        }

        lock (_state)
        {
            if (_state.ConfirmingQuit)
            {
                if (ch == 'y')
                {
                    _ending = true;
                    return (() => _runner.Post(RunnerCommand.Stop), false);
                }

                if (ch == 'n' || key.Key == ConsoleKey.Escape)
                {
                    _state.ConfirmingQuit = false;
                    _state.Changed();
                    return (_pausedBeforeQuit ? null : () => _runner.Post(RunnerCommand.Resume), false);
                }

                return (null, false);
            }

            if (ch == 'q' || key.Key == ConsoleKey.Escape)
            {
                _pausedBeforeQuit = _state.Paused;
                _state.ConfirmingQuit = true;
                _state.Changed();
                return (_pausedBeforeQuit ? null : () => _runner.Post(RunnerCommand.Pause), true);
            }

            return (ch switch
            {
                ' ' => Post(_state.Paused ? RunnerCommand.Resume : RunnerCommand.Pause),
                'n' => Post(RunnerCommand.SkipStep),
                's' => Post(RunnerCommand.SkipStretch),
                _ => null,
            }, false);
        }
    }
}
