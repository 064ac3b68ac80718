using Spectre.Console;

namespace Supple.Cli.Infrastructure;

/// <summary>
/// Keys read straight from the terminal on stdin. Spectre.Console refuses to read keys when its output is not a
/// terminal ("Failed to read input in non-interactive mode"), but <c>supple start --plain | tee s.log</c> still has a
/// person at the keyboard: their keys ("this hurts" above all) must work whatever stdout is.
/// </summary>
internal sealed class TerminalKeys : IAnsiConsoleInput
{
    public static readonly TerminalKeys Instance = new();

    private TerminalKeys()
    {
    }

    public bool IsKeyAvailable() => Console.KeyAvailable;

    public ConsoleKeyInfo? ReadKey(bool intercept) => Console.ReadKey(intercept);

    public async Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken)
    {
        while (!Console.KeyAvailable)
        {
            await Task.Delay(20, cancellationToken);
        }

        return Console.ReadKey(intercept);
    }
}
