using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using Supple.Application;
using Supple.Cli.Resources;
using Supple.Core.Content;
using Supple.Core.Localization;

namespace Supple.Cli.Infrastructure;

/// <summary>
/// Parses and runs a command tree with Supple's rules: parse errors and bad input exit 2 with a clear
/// message, anything unexpected exits 1 with one line on stderr, never a stack trace.
/// </summary>
internal static class CommandLineHost
{
    public static async Task<int> InvokeAsync(RootCommand root, IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken = default)
    {
        try
        {
            return await ParseAndRunAsync(root, args, console, cancellationToken);
        }
        finally
        {
            LoadedAssemblies.WriteIfAsked(console.Environment);
        }
    }

    private static async Task<int> ParseAndRunAsync(RootCommand root, IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        // Plain "supple" shows what there is to do, rather than an error about a missing command.
        if (args.Count == 0)
        {
            args = ["--help"];
        }

        ArgumentErrors.AddChecks(root);
        ParseResult parsed;
        try
        {
            parsed = root.Parse(args);
        }
        catch (Exception ex)
        {
            await console.Error.WriteLineAsync($"supple: {ArgumentErrors.Describe(ex.Message)}");
            return ExitCodes.BadInput;
        }

        if (parsed.Errors.Count > 0)
        {
            // A mistyped command gives two errors: "Required command was not provided" says nothing the second
            // does not, so only the second is shown, with the nearest command when there is one.
            if (parsed.CommandResult.Command == root && parsed.UnmatchedTokens.Count > 0 && !parsed.UnmatchedTokens[0].StartsWith('-'))
            {
                var typed = parsed.UnmatchedTokens[0];
                var nearest = NearestCommand(root, typed);
                await console.Error.WriteLineAsync("supple: " + (nearest is null
                    ? CliText.Localizer.Format(CliText.ErrorNotACommand, ("typed", typed))
                    : CliText.Localizer.Format(CliText.ErrorNotACommandDidYouMean, ("typed", typed), ("suggestion", $"'supple {nearest}'"))));
                await console.Error.WriteLineAsync(SeeHelp);
                return ExitCodes.BadInput;
            }

            foreach (var error in parsed.Errors)
            {
                await console.Error.WriteLineAsync($"supple: {ArgumentErrors.Describe(error)}");
            }

            await console.Error.WriteLineAsync(SeeHelp);
            return ExitCodes.BadInput;
        }

        if (!UseLanguage(root, parsed, console))
        {
            return ExitCodes.BadInput;
        }

        // Ctrl+C and SIGTERM cancel the command's token, and the command is left to finish what it must (a session closes
        // its record) instead of being cut off after System.CommandLine's grace period.
        using var signals = new TerminationSignals();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, signals.Token);
        try
        {
            // --help is written to a buffer first, to put the description's heading in the run's language.
            using var help = parsed.Action is HelpAction ? new StringWriter() : null;
            var configuration = new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
                Output = help ?? console.Out,
                Error = console.Error,
            };
            var exit = await parsed.InvokeAsync(configuration, cancel.Token);
            if (help is not null)
            {
                await console.Out.WriteAsync(HelpHeadings.WithDescriptionHeading(help.ToString()));
            }

            return exit == ExitCodes.Interrupted && signals.ExitCode is { } signalled ? signalled : exit;
        }
        catch (UsageException ex)
        {
            await console.Error.WriteLineAsync($"supple: {ErrorText.Clean(ex.Message)}");
            return ExitCodes.BadInput;
        }
        catch (RefusedException ex)
        {
            await WriteRefusalAsync(console.Error, ex);
            return ExitCodes.ForRefusal(ex.Reason);
        }
        catch (DamagedDocumentException ex)
        {
            await console.Error.WriteLineAsync($"supple: {ex.Message}");
            return ExitCodes.Failure;
        }
        catch (ProgrammeValidationException ex)
        {
            await WriteProgrammeErrorsAsync(console.Error, ex);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("supple: " + CliText.Localizer[CliText.ErrorInterrupted]);
            return signals.ExitCode ?? ExitCodes.Interrupted;
        }
        catch (Exception ex)
        {
            await console.Error.WriteLineAsync("supple: " + CliText.Localizer.Format(CliText.ErrorFailure, ("message", ErrorText.Describe(ex))));
            return ExitCodes.Failure;
        }
    }

    /// <summary>
    /// Sets the run's culture from a <c>--lang</c> in <paramref name="args"/> and the environment before the command
    /// tree is built, so that its descriptions (<c>--help</c>) and the parse errors read in that language. Silent:
    /// a <c>--lang</c> that is not a language is reported after parsing, by <see cref="UseLanguage"/>, which sets the
    /// same culture again for the command's run.
    /// </summary>
    public static void UseLanguageOf(IReadOnlyList<string> args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        string? typed = null;
        for (var i = 0; i < args.Count && args[i] != "--"; i++)
        {
            if (args[i] == CommonOptions.LangName && i + 1 < args.Count)
            {
                typed = args[i + 1];
            }
            else if (args[i].StartsWith(CommonOptions.LangName + "=", StringComparison.Ordinal) || args[i].StartsWith(CommonOptions.LangName + ":", StringComparison.Ordinal))
            {
                typed = args[i][(CommonOptions.LangName.Length + 1)..];
            }
        }

        var language = LanguageChoice.ForTerminal(typed, console.Environment);
        if (language.IsMalformed)
        {
            language = LanguageChoice.ForTerminal(null, console.Environment);
        }

        CultureInfo.CurrentCulture = language.Culture;
        CultureInfo.CurrentUICulture = language.Culture;
    }

    /// <summary>
    /// Sets the culture of this command's run (<see cref="CultureInfo.CurrentUICulture"/> for texts,
    /// <see cref="CultureInfo.CurrentCulture"/> for numbers and dates) from <c>--lang</c> and the environment. Both flow
    /// with the command's async calls and end with it. False when <c>--lang</c> is not a language tag.
    /// </summary>
    private static bool UseLanguage(Command root, ParseResult parsed, CliConsole console)
    {
        var option = root.Options.OfType<Option<string?>>().FirstOrDefault(o => o.Name == CommonOptions.LangName);
        var language = LanguageChoice.ForTerminal(option is null ? null : parsed.GetValue(option), console.Environment);
        if (language.IsMalformed && language.Source == CommonOptions.LangName)
        {
            console.Error.WriteLine("supple: " + CliText.Localizer.Format(CliText.ErrorLangMalformed, ("languages", string.Join(", ", SuppleCultures.Languages)), ("value", language.Unsupported)));
            return false;
        }

        if (language.Unsupported is not null && language.Source == CommonOptions.LangName)
        {
            // Asked for by name: say why it is English. From the environment it is English without a word, every time.
            console.Error.WriteLine("supple: " + CliText.Localizer.Format(CliText.ErrorLangUnsupported, ("value", language.Unsupported), ("languages", string.Join(", ", SuppleCultures.Languages))));
        }

        CultureInfo.CurrentCulture = language.Culture;
        CultureInfo.CurrentUICulture = language.Culture;
        return true;
    }

    /// <summary>The line after a parse error: how to see the commands and options.</summary>
    internal static string SeeHelp => CliText.Localizer.Format(CliText.ErrorSeeHelp, ("command", "'supple --help'"));

    /// <summary>A refusal: why (the application's and Core's words), then what to do (the terminal's).</summary>
    internal static async Task WriteRefusalAsync(TextWriter error, RefusedException ex)
    {
        // A safety rule's refusal leads with its name ("See a doctor first. …"); for a request with nothing to act on
        // the message says it all ("There is no plan yet: …"), and the title would only repeat it.
        await error.WriteLineAsync(ExitCodes.ForRefusal(ex.Reason) == ExitCodes.BadInput ? $"supple: {ex.Message}" : $"supple: {ex.Title}. {ex.Message}");
        if (CliMessages.WhatToDo(ex.Reason) is { } what)
        {
            await error.WriteLineAsync(what);
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

        await error.WriteLineAsync("supple: " + CliText.Localizer.Format(CliText.ErrorProgrammeErrors, ("count", ex.Errors.Count)));
    }

    /// <summary>
    /// The command closest to what was typed, or <c>null</c>: a whole name at most two edits away, or the start of a
    /// name one edit away ("stat" → stats, "strech" → stretches). A start scores a little better than a whole
    /// name, so "stat" suggests stats rather than start.
    /// </summary>
    internal static string? NearestCommand(Command root, string typed)
    {
        typed = typed.ToLowerInvariant();
        string? best = null;
        var bestScore = 5;
        foreach (var name in root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))
        {
            var score = 2 * EditDistance(typed, name);
            if (typed.Length >= 3)
            {
                for (var k = Math.Max(1, typed.Length - 1); k <= Math.Min(name.Length - 1, typed.Length + 1); k++)
                {
                    score = Math.Min(score, (2 * EditDistance(typed, name[..k])) + 1);
                }
            }

            if (score < bestScore)
            {
                (best, bestScore) = (name, score);
            }
        }

        return best;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
