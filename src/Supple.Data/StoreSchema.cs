using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Supple.Data;

/// <summary>
/// Opens a database safely: refuses a file that is not Supple's, is corrupt, or has a newer schema than this
/// binary (never overwriting or "repairing" it), then applies pending migrations.
/// </summary>
public static class StoreSchema
{
    /// <summary>SQLite <c>PRAGMA application_id</c> of a Supple database ("SUPL").</summary>
    public const int SqliteApplicationId = 0x5355504C;

    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <summary>Checks the database and applies pending migrations.</summary>
    public static async Task EnsureReadyAsync(SuppleContextFactory factory, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var location = factory.Location;
        if (location.Provider == StoreProvider.Sqlite)
        {
            // Fast path: a file already at this binary's newest migration needs none of EF Core's migration
            // machinery (which costs hundreds of milliseconds to load), only the checks PrepareSqliteFile made.
            if (PrepareSqliteFile(location) is { } newest && string.Equals(newest, SqliteStatsReader.ExpectedMigration, StringComparison.Ordinal))
            {
                return;
            }
        }

        await using var context = factory.CreateDbContext();
        try
        {
            var known = context.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
            var applied = (await context.Database.GetAppliedMigrationsAsync(ct)).ToList();
            var unknown = applied.Where(id => !known.Contains(id)).ToList();
            if (unknown.Count > 0 && applied.Any(known.Contains))
            {
                throw new StoreException(
                    $"{location.Display} was written by a newer version of Supple (it has schema changes {string.Join(", ", unknown)} that this version does not know). " +
                    "Install the newer Supple to use it, or point --db / SUPPLE_DB at another database. Nothing was changed.");
            }

            if (unknown.Count > 0)
            {
                throw NotSupple(location, "its migration history belongs to another application");
            }

            // Migrate only when something is pending: EF Core takes its migration lock (on SQLite, a row in
            // __EFMigrationsLock) before looking, and a process killed while holding it would leave every later
            // start waiting for ever. Most starts have nothing to apply and so take no lock at all.
            if ((await context.Database.GetPendingMigrationsAsync(ct)).Any())
            {
                if (location.Provider == StoreProvider.Sqlite)
                {
                    // An operating-system lock on a file beside the database serialises Supple processes that migrate
                    // it and is released when a process dies, so any EF Core lock row found while holding it is stale.
                    var guard = await AcquireMigrationGuardAsync(location, ct);
                    try
                    {
                        ClearSqliteMigrationLock(location);
                        await context.Database.MigrateAsync(ct);
                    }
                    finally
                    {
                        // Removed by its holder, after migrating, so no one can take a second guard mid-migration.
                        File.Delete(guard.Name);
                        await guard.DisposeAsync();
                    }
                }
                else
                {
                    // Npgsql's migration lock is a session advisory lock: the server releases it when a process dies.
                    await context.Database.MigrateAsync(ct);
                }
            }
        }
        catch (SqliteException ex)
        {
            throw Unreadable(location, ex);
        }
        catch (NpgsqlException ex)
        {
            throw new StoreException($"Cannot use the PostgreSQL database {location.Display}: {ex.Message}. Check that the server is running and the connection string is right.", ex);
        }

        if (location.Provider == StoreProvider.Sqlite)
        {
            using var connection = new SqliteConnection(location.ConnectionString);
            connection.Open();
            Execute(connection, $"PRAGMA application_id = {SqliteApplicationId};");
        }
    }

    /// <summary>How long to wait for another Supple process that is migrating the same file.</summary>
    internal static readonly TimeSpan MigrationWait = TimeSpan.FromSeconds(120);

    private static async Task<FileStream> AcquireMigrationGuardAsync(StoreLocation location, CancellationToken ct)
    {
        var path = location.FilePath + ".migrating";
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < MigrationWait)
            {
                await Task.Delay(100, ct);
            }
            catch (IOException ex)
            {
                throw new StoreException($"Another program has been updating the Supple database {location.Display} for over {MigrationWait.TotalSeconds:0} s ({path} is locked). Try again when it is done.", ex);
            }
        }
    }

    private static void ClearSqliteMigrationLock(StoreLocation location)
    {
        using var connection = new SqliteConnection(location.ConnectionString);
        connection.Open();
        SqlitePragmas.Apply(connection);
        if (Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock';") is not long tables || tables == 0)
        {
            return;
        }

        Execute(connection, "DELETE FROM \"__EFMigrationsLock\";");
    }

    /// <summary>
    /// Refuses an existing SQLite file that cannot be written (a read-only or immutable file, a read-only folder or
    /// mount), with the same clear message as a failed write: for a server, which must be able to save what people do.
    /// A file that does not exist yet, and PostgreSQL, are left to the normal open.
    /// </summary>
    /// <exception cref="StoreException">The file cannot be written, or read.</exception>
    public static void ThrowIfReadOnly(StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.Provider != StoreProvider.Sqlite || location.FilePath is not { } path || !File.Exists(path))
        {
            return;
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(location.ConnectionString) { Pooling = false }.ToString());
            connection.Open();
            SqlitePragmas.Apply(connection);

            // A write that changes nothing, rolled back: refused (SQLITE_READONLY) when SQLite could open the file for
            // reading only. Taking the write lock alone is not enough: in WAL mode it is granted even then.
            var version = Convert.ToInt64(Scalar(connection, "PRAGMA user_version;"), System.Globalization.CultureInfo.InvariantCulture);
            Execute(connection, $"BEGIN IMMEDIATE; PRAGMA user_version = {version}; ROLLBACK;");
        }
        catch (SqliteException ex)
        {
            throw Unreadable(location, ex);
        }
    }

    /// <returns>The newest applied migration of a Supple file, or null for a new file (or one without migrations).</returns>
    internal static string? PrepareSqliteFile(StoreLocation location)
    {
        var path = location.FilePath!;
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new StoreException($"Cannot create the folder {folder} for the Supple database: {ex.Message}. Point --db or SUPPLE_DB at a writable place.", ex);
            }
        }

        var exists = File.Exists(path) && new FileInfo(path).Length > 0;
        if (exists)
        {
            var header = new byte[SqliteHeader.Length];
            int read;
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new StoreException($"Cannot read the Supple database {path}: {ex.Message}.", ex);
            }

            if (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
            {
                throw NotSupple(location, "it is not an SQLite database");
            }
        }

        try
        {
            using var connection = new SqliteConnection(location.ConnectionString);
            connection.Open();
            SqlitePragmas.Apply(connection);
            if (exists)
            {
                var check = Scalar(connection, "PRAGMA quick_check;")?.ToString();
                if (!string.Equals(check, "ok", StringComparison.Ordinal))
                {
                    throw Corrupt(location);
                }

                var applicationId = Convert.ToInt64(Scalar(connection, "PRAGMA application_id;"), System.Globalization.CultureInfo.InvariantCulture);
                if (applicationId != 0 && applicationId != SqliteApplicationId)
                {
                    throw NotSupple(location, $"it belongs to another application (application_id {applicationId})");
                }

                var tables = new List<string>();
                using (var command = connection.CreateCommand())
                {
                    command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';";
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        tables.Add(reader.GetString(0));
                    }
                }

                if (tables.Count > 0 && !tables.Contains("__EFMigrationsHistory") && !tables.Contains("__EFMigrationsLock"))
                {
                    throw NotSupple(location, $"it holds other tables ({string.Join(", ", tables.Take(5))})");
                }
            }

            // WAL lets the terminal and the web app read and write one file at once.
            Execute(connection, "PRAGMA journal_mode = WAL;");
            if (!exists || Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';") is not long history || history == 0)
            {
                return null;
            }

            return Scalar(connection, "SELECT max(MigrationId) FROM __EFMigrationsHistory;") as string;
        }
        catch (SqliteException ex)
        {
            throw Unreadable(location, ex);
        }
    }

    private static StoreException Unreadable(StoreLocation location, SqliteException ex) => ex.SqliteErrorCode switch
    {
        26 => NotSupple(location, "it is not an SQLite database"),
        11 => Corrupt(location),
        5 or 6 => new StoreException($"The Supple database {location.Display} is locked by another program. Try again when it is done.", ex),
        8 => new StoreException($"The Supple database {location.Display} is read-only. Make the file and its folder writable, or point --db or SUPPLE_DB at another database.", ex),
        14 => new StoreException($"The Supple database {location.Display} cannot be opened: its folder must exist and be writable, and it must be a file, not a folder. Point --db or SUPPLE_DB at another place.", ex),
        _ => new StoreException($"Cannot use the Supple database {location.Display} (SQLite reported error {ex.SqliteErrorCode}: {ex.Message.Split('\'').ElementAtOrDefault(1) ?? "unknown"}).", ex),
    };

    private static StoreException NotSupple(StoreLocation location, string why) =>
        new($"{location.Display} is not a Supple database ({why}). Supple did not change it. Point --db or SUPPLE_DB at another file, or move this one away to start afresh.");

    // SQLite's own report ("*** in database main *** On tree page 5 …") means nothing to a person: it is logged
    // nowhere and left out; the advice is what matters.
    private static StoreException Corrupt(StoreLocation location) =>
        new($"The Supple database {location.Display} is damaged (its integrity check failed). Supple did not change it. Restore it from a backup or an export (supple import), or move it away to start afresh.");

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
