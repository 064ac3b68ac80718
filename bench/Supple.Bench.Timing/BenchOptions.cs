using System.Globalization;

namespace Supple.Bench.Timing;

/// <summary>Command-line options of the timing benchmark.</summary>
/// <param name="Seconds">Minimum length of the played timeline.</param>
/// <param name="MarkdownPath">Where to write the markdown report, or <c>null</c>.</param>
public sealed record BenchOptions(int Seconds, string? MarkdownPath)
{
    public static BenchOptions? Parse(string[] args)
    {
        var seconds = 75;
        string? markdown = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seconds" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s >= 10:
                    seconds = s;
                    i++;
                    break;
                case "--markdown" when i + 1 < args.Length:
                    markdown = args[++i];
                    break;
                default:
                    return null;
            }
        }

        return new BenchOptions(seconds, markdown);
    }
}
