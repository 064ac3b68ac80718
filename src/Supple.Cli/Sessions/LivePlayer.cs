using Spectre.Console;
using Spectre.Console.Rendering;
using Supple.Cli.Infrastructure;
using Supple.Core.Sessions;

namespace Supple.Cli.Sessions;

/// <summary>
/// Plays a session full-screen: a Spectre live display redrawn only when something changed, keys read
/// without blocking, the runner on its own loop. The bell is written from the drawing thread, between frames,
/// so it can never land inside an escape sequence.
/// </summary>
internal sealed class LivePlayer : IDisposable
{
    private readonly CliConsole _console;
    private readonly SessionLoop _runner;
    private readonly SessionScreenState _state;
    private readonly Action<RunnerEvent> _onEvent;
    private readonly bool _bell;
    private readonly VoiceCues? _voice;
    private readonly SemaphoreSlim _wake = new(0);
    private int _pendingBell;
    private readonly SessionKeys _keys;

    public LivePlayer(CliConsole console, SessionLoop runner, SessionScreenState state, Action<RunnerEvent> onEvent, bool bell, VoiceCues? voice)
    {
        _console = console;
        _runner = runner;
        _state = state;
        _onEvent = onEvent;
        _bell = bell;
        _voice = voice;
        _keys = new SessionKeys(runner, state);
    }

    public SessionResult Play(CancellationToken cancellationToken)
    {
        Task<SessionResult>? run = null;
        var ansi = _console.Ansi;
        void Body()
        {
            ansi.Cursor.Hide();
            try
            {
                var live = new LiveDisplay(ansi, Compose())
                {
                    AutoClear = false,
                    Overflow = VerticalOverflow.Crop,
                    Cropping = VerticalOverflowCropping.Bottom,
                };
                live.Start(ctx =>
                {
                    run = _runner.RunAsync(Handle, cancellationToken);
                    var drawn = -1;
                    var size = (ansi.Profile.Width, ansi.Profile.Height);
                    while (!run.IsCompleted)
                    {
                        ReadKeys();
                        if (Interlocked.Exchange(ref _pendingBell, 0) == 1)
                        {
                            _console.Out.Write('\a');
                            _console.Out.Flush();
                        }

                        lock (_state)
                        {
                            if (_state.Version != drawn || (ansi.Profile.Width, ansi.Profile.Height) != size)
                            {
                                drawn = _state.Version;
                                size = (ansi.Profile.Width, ansi.Profile.Height);
                                ctx.UpdateTarget(Compose());
                            }
                        }

                        _wake.Wait(50, CancellationToken.None);
                    }

                    lock (_state)
                    {
                        ctx.UpdateTarget(Compose());
                    }
                });
            }
            finally
            {
                ansi.Cursor.Show();
            }
        }

        if (ansi.Profile.Capabilities.AlternateBuffer && ansi.Profile.Capabilities.Ansi)
        {
            ansi.AlternateScreen(Body);
        }
        else
        {
            Body();
        }

        return run!.GetAwaiter().GetResult();
    }

    public void Dispose() => _wake.Dispose();

    private IRenderable Compose() =>
        SessionScreen.Screen(_state, _console.Ansi.Profile.Width, _console.Ansi.Profile.Height, _console.Ansi.Profile.Capabilities.Unicode);

    private void Handle(RunnerEvent e)
    {
        bool stepChanged;
        lock (_state)
        {
            stepChanged = _state.Apply(e);
        }

        if (stepChanged && e is StepStarted started)
        {
            if (_bell)
            {
                Interlocked.Exchange(ref _pendingBell, 1);
            }

            _voice?.Speak(CueText.For(started.Step, _state.Timeline));
        }

        _onEvent(e);
        _wake.Release();
    }

    private void ReadKeys()
    {
        // Once the session is ending, keys typed ahead belong to the pain-after prompt, not to the player.
        var input = _console.Ansi.Input;
        while (!_keys.Ending && input.IsKeyAvailable())
        {
            if (input.ReadKey(intercept: true) is { } key)
            {
                _keys.Handle(key);
                _wake.Release();
            }
        }
    }
}
