using Spectre.Console;

namespace Supple.Cli.Infrastructure;

/// <summary>
/// Everything a command talks to outside itself: the Spectre console for rendering, raw writers for
/// machine-readable output, the environment and the clock. Tests build one over a <c>TestConsole</c>.
/// </summary>
internal sealed class CliConsole
{
    public CliConsole(
        IAnsiConsole ansi,
        TextWriter output,
        TextWriter error,
        bool isTerminal,
        Func<string, string?> environment,
        TimeProvider time)
    {
        Ansi = ansi;
        Out = output;
        Error = error;
        IsTerminal = isTerminal;
        Environment = environment;
        Time = time;
    }

    /// <summary>The rendering console (tables, panels, the live session view, prompts).</summary>
    public IAnsiConsole Ansi { get; }

    /// <summary>Standard output for machine-readable text (JSON, --plain lines).</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>True when both stdin and stdout are a terminal (needed for the live view and prompts).</summary>
    public bool IsTerminal { get; }

    /// <summary>Reads an environment variable.</summary>
    public Func<string, string?> Environment { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>True when NO_COLOR is set to any non-empty value (https://no-color.org).</summary>
    public bool NoColor => !string.IsNullOrEmpty(Environment("NO_COLOR"));

    /// <summary>The process's own console; NO_COLOR switches colours off.</summary>
    public static CliConsole CreateSystem()
    {
        var noColor = !string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable("NO_COLOR"));
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            ColorSystem = noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        var isTerminal = !Console.IsInputRedirected && !Console.IsOutputRedirected;
        return new CliConsole(ansi, Console.Out, Console.Error, isTerminal, System.Environment.GetEnvironmentVariable, TimeProvider.System);
    }
}
