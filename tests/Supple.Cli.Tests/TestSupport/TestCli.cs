using Microsoft.Extensions.Time.Testing;
using Spectre.Console;
using Spectre.Console.Testing;
using Supple.Cli.Infrastructure;

namespace Supple.Cli.Tests.TestSupport;

/// <summary>A <see cref="CliConsole"/> over Spectre's TestConsole and string writers, for in-process command tests.</summary>
internal sealed class TestCli : IDisposable
{
    public TestCli(int width = 100, bool isTerminal = true, bool noColor = false, IDictionary<string, string>? environment = null, bool? isInputTerminal = null)
    {
        Ansi = new TestConsole().Width(width);
        Ansi.Profile.Capabilities.Unicode = true;
        if (noColor)
        {
            Ansi.Colors(ColorSystem.NoColors);
        }
        else
        {
            Ansi.Colors(ColorSystem.TrueColor);
        }

        var env = new Dictionary<string, string>(environment ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (noColor)
        {
            env["NO_COLOR"] = "1";
        }

        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
        Console = new CliConsole(Ansi, Out, Error, isTerminal, name => env.TryGetValue(name, out var v) ? v : null, Time, isInputTerminal);
    }

    public TestConsole Ansi { get; }

    public StringWriter Out { get; } = new();

    public StringWriter Error { get; } = new();

    public FakeTimeProvider Time { get; }

    public CliConsole Console { get; }

    public void Dispose()
    {
        Ansi.Dispose();
        Out.Dispose();
        Error.Dispose();
    }
}
