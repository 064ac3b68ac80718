using System.Diagnostics;
using Supple.Bench.Stats;
using Supple.Core.Content;
using Supple.Data;

// Usage:
//   Supple.Bench.Stats generate <days> <database file> [seed]
//       Writes a synthetic history of <days> days ending now into a new SQLite database (through
//       SuppleStore.ImportAsync, so the summary rows are maintained exactly as in normal use).
//   Supple.Bench.Stats export <days> <sessions> <pain entries> <json file> [seed]
//       Writes a synthetic history of <days> days ending now, with exactly that many sessions and pain entries, as a
//       `supple export --format json` file, for `supple import` (the CLI benchmark seeds its databases that way).
//   Supple.Bench.Stats query <database file> [repetitions]
//       Times the statistics query alone (SqliteStatsReader, the read path of `supple stats`): the first call in the
//       process (opening SQLite, first use of each code path) and the median of repeated calls.
if (args.Length >= 3 && args[0] == "generate" && int.TryParse(args[1], out var days) && days > 0)
{
    var path = Path.GetFullPath(args[2]);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    var seed = args.Length > 3 && int.TryParse(args[3], out var s) ? s : 2026;
    foreach (var file in new[] { path, path + "-wal", path + "-shm" })
    {
        File.Delete(file);
    }

    var watch = Stopwatch.StartNew();
    var document = SyntheticHistory.Generate(days, TimeProvider.System.GetUtcNow(), seed);
    await using (var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(path), TimeProvider.System))
    {
        await store.SaveSettingsAsync(UserSettings.Default with { TimeZoneId = "Etc/UTC" });
        var result = await store.ImportAsync(document, ImportRules.ForProgrammes(BuiltInProgramme.Instance));
        Console.WriteLine(
            $"{path}: {result.SessionsAdded} sessions, {document.Sessions.Sum(x => x.Stretches.Count)} stretch records, " +
            $"{result.PainEntriesAdded} pain entries over {days} days ({watch.Elapsed.TotalSeconds:0.0} s)");
    }

    return 0;
}

if (args.Length >= 5 && args[0] == "export" && int.TryParse(args[1], out var exportDays) && int.TryParse(args[2], out var sessionCount) && int.TryParse(args[3], out var painCount))
{
    var path = Path.GetFullPath(args[4]);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    var seed = args.Length > 5 && int.TryParse(args[5], out var s) ? s : 2026;
    var document = SyntheticHistory.Generate(exportDays, TimeProvider.System.GetUtcNow(), seed, sessionCount, painCount);
    await File.WriteAllTextAsync(path, ExportJson.Write(document));
    Console.WriteLine($"{path}: {document.Sessions.Count} sessions, {document.Sessions.Sum(x => x.Stretches.Count)} stretch records, {document.PainEntries.Count} pain entries over {exportDays} days");
    return 0;
}

if (args.Length >= 2 && args[0] == "query")
{
    var location = StoreLocation.ForFile(args[1]);
    var repetitions = args.Length > 2 && int.TryParse(args[2], out var r) ? r : 200;
    var watch = Stopwatch.StartNew();
    var first = SqliteStatsReader.TryRead(location, TimeProvider.System) ?? throw new InvalidOperationException("the fast path declined this file");
    var cold = watch.Elapsed.TotalMilliseconds;
    var times = new double[repetitions];
    for (var i = 0; i < repetitions; i++)
    {
        watch.Restart();
        _ = SqliteStatsReader.TryRead(location, TimeProvider.System);
        times[i] = watch.Elapsed.TotalMilliseconds;
    }

    Array.Sort(times);
    Console.WriteLine($"{location.Display}: {first.Sessions} sessions; first query {cold:0.00} ms, then median {times[repetitions / 2]:0.000} ms (p90 {times[repetitions * 9 / 10]:0.000} ms) over {repetitions}");
    return 0;
}

Console.Error.WriteLine("usage: Supple.Bench.Stats generate <days> <database file> [seed] | export <days> <sessions> <pain entries> <json file> [seed] | query <database file> [repetitions]");
return 2;
