using System.Diagnostics;
using Supple.Bench.Stats;
using Supple.Data;

// Usage: Supple.Bench.Stats <days> <database file> [seed]
// Writes a synthetic history of <days> days ending now into a new SQLite database (through SuppleStore.ImportAsync,
// so the summary rows are maintained exactly as in normal use), then prints what it wrote.
if (args.Length < 2 || !int.TryParse(args[0], out var days) || days < 1)
{
    Console.Error.WriteLine("usage: Supple.Bench.Stats <days> <database file> [seed]");
    return 2;
}

var path = Path.GetFullPath(args[1]);
Directory.CreateDirectory(Path.GetDirectoryName(path)!);
var seed = args.Length > 2 && int.TryParse(args[2], out var s) ? s : 2026;
foreach (var file in new[] { path, path + "-wal", path + "-shm" })
{
    File.Delete(file);
}

var watch = Stopwatch.StartNew();
var document = SyntheticHistory.Generate(days, TimeProvider.System.GetUtcNow(), seed);
await using (var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(path), TimeProvider.System))
{
    await store.SaveSettingsAsync(UserSettings.Default with { TimeZoneId = "Etc/UTC" });
    var result = await store.ImportAsync(document);
    Console.WriteLine(
        $"{path}: {result.SessionsAdded} sessions, {document.Sessions.Sum(x => x.Stretches.Count)} stretch records, " +
        $"{result.PainEntriesAdded} pain entries over {days} days ({watch.Elapsed.TotalSeconds:0.0} s, {new FileInfo(path).Length / 1024} KiB)");
}

return 0;
