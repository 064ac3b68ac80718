using Microsoft.Data.Sqlite;
using Npgsql;

namespace Supple.Data;

/// <summary>Where the data lives: an SQLite file or a PostgreSQL database.</summary>
/// <param name="Provider">The engine.</param>
/// <param name="ConnectionString">The ADO.NET connection string.</param>
/// <param name="Display">What to show a person: the file path, or host/database (never a password).</param>
/// <param name="FilePath">The SQLite file, full path; null for PostgreSQL.</param>
public sealed record StoreLocation(StoreProvider Provider, string ConnectionString, string Display, string? FilePath)
{
    /// <summary>The environment variable that points at the database.</summary>
    public const string EnvironmentVariable = "SUPPLE_DB";

    /// <summary>
    /// Resolves the location: <paramref name="dbOption"/> (<c>--db</c>), else <c>SUPPLE_DB</c>, else
    /// <c>$XDG_DATA_HOME/supple/supple.db</c>, else <c>~/.local/share/supple/supple.db</c>. A value that is a PostgreSQL
    /// connection string (<c>Host=…</c>, or a <c>postgres://</c> URI) selects PostgreSQL.
    /// </summary>
    public static StoreLocation Resolve(string? dbOption, Func<string, string?> getEnv)
    {
        ArgumentNullException.ThrowIfNull(getEnv);
        var value = !string.IsNullOrWhiteSpace(dbOption) ? dbOption : getEnv(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return Parse(value.Trim(), getEnv);
        }

        var dataHome = getEnv("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome) || !Path.IsPathRooted(dataHome))
        {
            dataHome = Path.Combine(Home(getEnv), ".local", "share");
        }

        return ForFile(Path.Combine(dataHome, "supple", "supple.db"));
    }

    /// <summary>Same as <see cref="Resolve(string?, Func{string, string?})"/> with the environment as a dictionary.</summary>
    public static StoreLocation Resolve(string? dbOption, IReadOnlyDictionary<string, string?> env)
    {
        ArgumentNullException.ThrowIfNull(env);
        return Resolve(dbOption, name => env.TryGetValue(name, out var v) ? v : null);
    }

    /// <summary>Same as <see cref="Resolve(string?, Func{string, string?})"/> with the process environment.</summary>
    public static StoreLocation Resolve(string? dbOption) => Resolve(dbOption, Environment.GetEnvironmentVariable);

    /// <summary>An SQLite file.</summary>
    public static StoreLocation ForFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = 30,
            Pooling = true,
        };
        return new StoreLocation(StoreProvider.Sqlite, builder.ToString(), full, full);
    }

    /// <summary>A PostgreSQL database from an Npgsql connection string.</summary>
    public static StoreLocation ForPostgreSql(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new StoreException($"The PostgreSQL connection string is not valid: {ex.Message}", ex);
        }

        var display = $"postgresql://{builder.Username}{(builder.Username is null ? "" : "@")}{builder.Host}{(builder.Port is 5432 or 0 ? "" : $":{builder.Port}")}/{builder.Database}";
        return new StoreLocation(StoreProvider.PostgreSql, builder.ConnectionString, display, null);
    }

    private static StoreLocation Parse(string value, Func<string, string?> getEnv)
    {
        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return ForPostgreSql(FromUri(value));
        }

        if (LooksLikeConnectionString(value))
        {
            return ForPostgreSql(value);
        }

        if (value == "~" || value.StartsWith("~/", StringComparison.Ordinal))
        {
            value = Path.Combine(Home(getEnv), value.Length > 2 ? value[2..] : "");
        }

        return ForFile(value);
    }

    private static bool LooksLikeConnectionString(string value) =>
        value.Contains('=', StringComparison.Ordinal) &&
        value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(part => part.StartsWith("Host=", StringComparison.OrdinalIgnoreCase) || part.StartsWith("Server=", StringComparison.OrdinalIgnoreCase));

    private static string FromUri(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new StoreException($"'{value}' is not a valid PostgreSQL URI (postgresql://user:password@host:port/database).");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        var database = uri.AbsolutePath.Trim('/');
        if (database.Length > 0)
        {
            builder.Database = Uri.UnescapeDataString(database);
        }

        return builder.ConnectionString;
    }

    private static string Home(Func<string, string?> getEnv)
    {
        var home = getEnv("HOME");
        return string.IsNullOrWhiteSpace(home) ? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) : home;
    }

    /// <inheritdoc />
    public override string ToString() => Display;
}
