using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Supple.Bench.Server;
using Supple.Data;
using Supple.Data.Identity;

// Usage:
//   Supple.Bench.Server seed <db> [--users N] [--days N]   db: an SQLite file path or a PostgreSQL connection string
//   Supple.Bench.Server tokens <server-url> <lua-file> [--users N] [--sample N] [--offset K]   (users i * N / sample + K)
//   Supple.Bench.Server steps <level> <id,id,...>   how many steps the server's timeline of that routine has
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: seed <db> [--users N] [--days N] | tokens <url> <lua-file> [--users N] [--sample N] | steps <level> <ids>");
    return 2;
}

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) && v > 0 ? v : fallback;
}

var usersCount = Option("--users", 10_000);
switch (args[0])
{
    case "seed":
        {
            var clock = Stopwatch.StartNew();
            void Log(string what) => Console.WriteLine($"[{clock.Elapsed.TotalSeconds,7:F1} s] {what}");
            var location = StoreLocation.Resolve(args[1], _ => null);
            var history = new SyntheticHistory(usersCount, Option("--days", 365), DateOnly.FromDateTime(DateTime.UtcNow));
            Log($"{location.Provider}: {history.Users} users x {history.Days} days ({history.FirstDay:yyyy-MM-dd} to {history.LastDay:yyyy-MM-dd})");

            // The schema, exactly as the app makes it: open the store once (migrations), then remove its own user row.
            await using (var store = await SuppleStore.OpenAsync(location, TimeProvider.System, "bench-schema"))
            {
            }

            var hash = new PasswordHasher<SuppleUser>().HashPassword(new SuppleUser(), SyntheticHistory.Password);
            if (location.Provider == StoreProvider.PostgreSql)
            {
                await using var c = new Npgsql.NpgsqlConnection(location.ConnectionString);
                await c.OpenAsync();
                await using var delete = new Npgsql.NpgsqlCommand("DELETE FROM user_stats WHERE user_id = 'bench-schema'", c);
                await delete.ExecuteNonQueryAsync();
                await PostgreSqlSeeder.SeedAsync(location.ConnectionString, history, hash, Log);
            }
            else
            {
                using (var c = new Microsoft.Data.Sqlite.SqliteConnection(location.ConnectionString))
                {
                    c.Open();
                    using var delete = c.CreateCommand();
                    delete.CommandText = "DELETE FROM user_stats WHERE user_id = 'bench-schema'";
                    delete.ExecuteNonQuery();
                }

                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                SqliteSeeder.Seed(location.FilePath!, history, hash, Log);
            }

            Log("done");
            return 0;
        }

    case "tokens" when args.Length >= 3:
        {
            var offsetIndex = Array.IndexOf(args, "--offset");
            var offset = offsetIndex >= 0 && offsetIndex + 1 < args.Length && int.TryParse(args[offsetIndex + 1], out var o) && o >= 0 ? o : 0;
            var count = await TokenSample.WriteAsync(new Uri(args[1]), usersCount, Option("--sample", 200), args[2], offset);
            Console.WriteLine($"{count} bearer tokens in {args[2]}");
            return 0;
        }

    case "steps" when args.Length >= 3:
        {
            // The POSTed session reports every step of this routine as played, as the player does.
            var programme = Supple.Core.Content.BuiltInProgramme.Instance;
            var level = Enum.Parse<Supple.Core.Sessions.DosageLevel>(args[1], ignoreCase: true);
            var routine = Supple.Core.Sessions.Routine.Only(programme, args[2].Split(','), level);
            Console.WriteLine(Supple.Core.Sessions.TimelineCompiler.Compile(programme, routine).Steps.Count);
            return 0;
        }

    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 2;
}
