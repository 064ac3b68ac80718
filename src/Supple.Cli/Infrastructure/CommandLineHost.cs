using System.CommandLine;
using Supple.Core.Content;

namespace Supple.Cli.Infrastructure;

/// <summary>
/// Parses and runs a command tree with Supple's rules: parse errors and bad input exit 2 with a clear
/// message, anything unexpected exits 1 with one line on stderr, never a stack trace.
/// </summary>
internal static class CommandLineHost
{
    public static async Task<int> InvokeAsync(RootCommand root, IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ParseResult parsed;
        try
        {
            parsed = root.Parse(args);
        }
        catch (Exception ex)
        {
            await console.Error.WriteLineAsync($"supple: {ex.Message}");
            return ExitCodes.BadInput;
        }

        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await console.Error.WriteLineAsync($"supple: {error.Message}");
            }

            await console.Error.WriteLineAsync("Run 'supple --help' to see the commands and options.");
            return ExitCodes.BadInput;
        }

        try
        {
            var configuration = new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = console.Out,
                Error = console.Error,
            };
            return await parsed.InvokeAsync(configuration, cancellationToken);
        }
        catch (UsageException ex)
        {
            await console.Error.WriteLineAsync($"supple: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (ProgrammeValidationException ex)
        {
            await WriteProgrammeErrorsAsync(console.Error, ex);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("supple: interrupted.");
            return ExitCodes.Interrupted;
        }
        catch (Exception ex)
        {
            await console.Error.WriteLineAsync($"supple: error: {OneLine(ex)}");
            return ExitCodes.Failure;
        }
    }

    internal static async Task WriteProgrammeErrorsAsync(TextWriter error, ProgrammeValidationException ex)
    {
        if (ex.Errors.Count == 0)
        {
            await error.WriteLineAsync($"supple: {ex.Message}");
            return;
        }

        foreach (var e in ex.Errors)
        {
            await error.WriteLineAsync(e.ToString());
        }

        await error.WriteLineAsync($"supple: the programme file has {ex.Errors.Count} error{(ex.Errors.Count == 1 ? "" : "s")}; nothing was run.");
    }

    private static string OneLine(Exception ex)
    {
        var message = ex.Message;
        if (ex.InnerException is { } inner && !string.IsNullOrWhiteSpace(inner.Message) && inner.Message != message)
        {
            message += " (" + inner.Message + ")";
        }

        return message.ReplaceLineEndings(" ");
    }
}
