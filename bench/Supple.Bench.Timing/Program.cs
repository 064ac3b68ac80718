using Supple.Bench.Timing;

// Usage: dotnet run -c Release --project bench/Supple.Bench.Timing -- [--seconds 75] [--markdown FILE]
var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("Usage: Supple.Bench.Timing [--seconds N (>= 10)] [--markdown FILE]");
    return 2;
}

var report = await CueTimingBenchmark.RunAsync(options, Console.Out);
Console.WriteLine();
Console.WriteLine(report);
if (options.MarkdownPath is { } path)
{
    await File.WriteAllTextAsync(path, report);
    Console.WriteLine($"Written to {path}");
}

return 0;
