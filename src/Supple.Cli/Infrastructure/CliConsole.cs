using Spectre.Console;

namespace Supple.Cli.Infrastructure;

/// <summary>
/// Everything a command talks to outside itself: the Spectre console for rendering, raw writers for
/// machine-readable output, the environment and the clock. Tests build one over a <c>TestConsole</c>.
/// </summary>
internal sealed class CliConsole
{
    private readonly Lazy<IAnsiConsole> _ansi;

    public CliConsole(
        IAnsiConsole ansi,
        TextWriter output,
        TextWriter error,
        bool isTerminal,
        Func<string, string?> environment,
        TimeProvider time,
        bool? isInputTerminal = null)
        : this(new Lazy<IAnsiConsole>(ansi), output, error, isTerminal, environment, time, isInputTerminal ?? isTerminal)
    {
    }

    private CliConsole(
        Lazy<IAnsiConsole> ansi,
        TextWriter output,
        TextWriter error,
        bool isTerminal,
        Func<string, string?> environment,
        TimeProvider time,
        bool isInputTerminal)
    {
        _ansi = ansi;
        IsInputTerminal = isInputTerminal;
        Out = output;
        Error = error;
        IsTerminal = isTerminal;
        Environment = environment;
        Time = time;
    }

    /// <summary>The rendering console (tables, panels, the live session view, prompts).</summary>
    public IAnsiConsole Ansi => _ansi.Value;

    /// <summary>
    /// Where session keys come from: the rendering console's input, unless <see cref="TerminalInput"/> is set.
    /// </summary>
    public IAnsiConsoleInput KeyInput => TerminalInput ?? _ansi.Value.Input;

    /// <summary>
    /// Keys read from the terminal directly, for when stdin is a terminal but stdout goes to a pipe or a file: Spectre
    /// then treats the console as not interactive and will not read keys, yet a person is at the keyboard.
    /// </summary>
    public IAnsiConsoleInput? TerminalInput { get; init; }

    /// <summary>Standard output for machine-readable text (JSON, --plain lines).</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>True when both stdin and stdout are a terminal (needed for the live view and prompts).</summary>
    public bool IsTerminal { get; }

    /// <summary>True when stdin is a terminal, so keys can be read (e.g. in --plain mode with output to a file).</summary>
    public bool IsInputTerminal { get; }

    /// <summary>Reads an environment variable.</summary>
    public Func<string, string?> Environment { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>True when NO_COLOR is set to any non-empty value (https://no-color.org).</summary>
    public bool NoColor => !string.IsNullOrEmpty(Environment("NO_COLOR"));

    /// <summary>
    /// The process's own console; NO_COLOR switches colours off. The Spectre console is created on first use,
    /// so commands that print only JSON or plain text never pay for terminal detection.
    /// </summary>
    public static CliConsole CreateSystem()
    {
        var ansi = new Lazy<IAnsiConsole>(() => AnsiConsole.Create(new AnsiConsoleSettings
        {
            ColorSystem = string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable("NO_COLOR"))
                ? ColorSystemSupport.Detect
                : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(Console.Out),
        }));
        var isTerminal = !Console.IsInputRedirected && !Console.IsOutputRedirected;
        return new CliConsole(ansi, Console.Out, Console.Error, isTerminal, System.Environment.GetEnvironmentVariable, TimeProvider.System, !Console.IsInputRedirected)
        {
            TerminalInput = !Console.IsInputRedirected && Console.IsOutputRedirected ? TerminalKeys.Instance : null,
        };
    }
}
