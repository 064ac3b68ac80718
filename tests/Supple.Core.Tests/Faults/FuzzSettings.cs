using System.Globalization;

namespace Supple.Tests.Faults;

/// <summary>
/// How many cases a fuzz test runs: a bounded default in the test run; SUPPLE_FUZZ_CASES raises it for a long run
/// (see docs/RELIABILITY.md), and the time limit grows with it.
/// </summary>
public static class FuzzSettings
{
    public static int Cases(int defaultCases)
    {
        var text = Environment.GetEnvironmentVariable("SUPPLE_FUZZ_CASES");
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var cases) && cases > 0 ? cases : defaultCases;
    }

    /// <summary>A generous limit on the whole run: a hang (a parser looping on some input) fails the test instead of stalling it.</summary>
    public static TimeSpan TimeLimit(int cases) => TimeSpan.FromSeconds(120 + (cases / 20));
}
