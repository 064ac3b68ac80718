using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Localization;
using Npgsql;
using Supple.Cli.Resources;
using Supple.Core.Localization;
using Supple.Data;

namespace Supple.Cli.Infrastructure;

/// <summary>
/// The one line a person reads when a command fails for a reason that is not their input: in their words, never a
/// .NET type name, an exception text meant for developers ("See the inner exception") or SQLite's own codes.
/// </summary>
internal static partial class ErrorText
{
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite:
                    return Sqlite(sqlite, exception as StoreException);
                case PostgresException { SqlState: var state } when state.StartsWith("28", StringComparison.Ordinal):
                    return Text[CliText.ErrorPostgresLogin];
                case NpgsqlException:
                    return Text[CliText.ErrorPostgresUnreachable];
                case StoreException store when store.InnerException is not SqliteException:
                    return Clean(store.Message);
                case UnauthorizedAccessException or IOException:
                    return PathIn(e.Message) is { } path
                        ? Text.Format(CliText.ErrorFileNotUsableAt, ("reason", FileProblems.Describe(e)), ("path", path))
                        : Text.Format(CliText.ErrorFileNotUsable, ("reason", FileProblems.Describe(e)));
                default:
                    break;
            }
        }

        return Clean(exception.Message);
    }

    /// <summary>Removes what only a developer could use: type names, "See the inner exception", SQLite codes.</summary>
    public static string Clean(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.ReplaceLineEndings(" ");
        text = InnerException().Replace(text, "");
        text = SqliteCode().Replace(text, "");
        text = TypeName().Replace(text, "a value");
        return Spaces().Replace(text, " ").Trim();
    }

    private static string Sqlite(SqliteException ex, StoreException? store)
    {
        var database = store?.Message is { } m && DatabaseIn().Match(m) is { Success: true } match
            ? Text.Format(CliText.ErrorDatabaseAt, ("path", match.Groups[1].Value))
            : Text[CliText.ErrorDatabase];
        var key = ex.SqliteErrorCode switch
        {
            8 => CliText.ErrorDbReadOnly,
            14 => CliText.ErrorDbCannotOpen,
            11 => CliText.ErrorDbDamaged,
            26 => CliText.ErrorDbNotSupple,
            13 => CliText.ErrorDbFull,
            5 or 6 => CliText.ErrorDbBusy,
            10 => CliText.ErrorDbIo,
            _ => CliText.ErrorDbOther,
        };
        return Text.Format(key, ("database", database), ("detail", Clean(ex.SqliteErrorCode == 0 ? ex.Message : SqliteDetail(ex.Message))));
    }

    private static string SqliteDetail(string message) =>
        message.Contains('\'', StringComparison.Ordinal) ? message[(message.IndexOf('\'', StringComparison.Ordinal) + 1)..].TrimEnd('.', '\'') : message;

    private static string? PathIn(string message) => QuotedPath().Match(message) is { Success: true } m ? m.Groups[1].Value : null;

    private static IStringLocalizer Text => CliText.Localizer;

    [GeneratedRegex(@"\s*See the inner exception for details\.?", RegexOptions.IgnoreCase)]
    private static partial Regex InnerException();

    [GeneratedRegex(@"SQLite Error \d+:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex SqliteCode();

    [GeneratedRegex(@"\b(?:System|Microsoft|Supple|Npgsql)(?:\.[A-Za-z_][\w`]*)+(?:\[[^\]]*\])?")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"database (/\S+|[A-Za-z]:\\\S+|\S+\.db)")]
    private static partial Regex DatabaseIn();

    [GeneratedRegex(@"'(/[^']+)'")]
    private static partial Regex QuotedPath();
}
