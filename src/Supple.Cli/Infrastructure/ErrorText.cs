using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;
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
                    return "PostgreSQL refused the login: check the user name and password in --db or SUPPLE_DB.";
                case NpgsqlException:
                    return "PostgreSQL cannot be reached or refused the work: check that the server is running and the connection string (--db or SUPPLE_DB) is right.";
                case StoreException store when store.InnerException is not SqliteException:
                    return Clean(store.Message);
                case UnauthorizedAccessException or IOException:
                    return $"a file could not be used: {FileProblems.Describe(e)}{PathIn(e.Message)}.";
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
        var database = store?.Message is { } m && DatabaseIn().Match(m) is { Success: true } match ? $"The Supple database {match.Groups[1].Value}" : "The Supple database";
        return ex.SqliteErrorCode switch
        {
            8 => $"{database} is read-only, so nothing was saved. Make the file and its folder writable, or point --db at another database; reading it still works.",
            14 => $"{database} cannot be opened: its folder must exist and be writable (it is not a folder itself), or point --db at another database.",
            11 => $"{database} is damaged. Supple did not change it. Restore it from a backup or an export (supple import), or move it away to start afresh.",
            26 => $"{database} is not a Supple database. Supple did not change it. Point --db at another file.",
            13 => $"{database} cannot grow: the disk is full. Nothing was saved.",
            5 or 6 => $"{database} is busy with another program. Try again when it is done.",
            10 => $"{database} could not be read or written (an input/output error of the disk). Nothing was saved.",
            _ => $"{database} could not be used (SQLite said: {Clean(ex.SqliteErrorCode == 0 ? ex.Message : SqliteDetail(ex.Message))}).",
        };
    }

    private static string SqliteDetail(string message) =>
        message.Contains('\'', StringComparison.Ordinal) ? message[(message.IndexOf('\'', StringComparison.Ordinal) + 1)..].TrimEnd('.', '\'') : message;

    private static string PathIn(string message) => QuotedPath().Match(message) is { Success: true } m ? $" ({m.Groups[1].Value})" : "";

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
