using System.Globalization;

namespace Supple.Cli.Tests.Faults;

/// <summary>The seed of a randomised fault test: from an environment variable to replay a run, else a fresh one.</summary>
internal static class FaultSeed
{
    public static int Get(string variable)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : Random.Shared.Next();
    }
}
