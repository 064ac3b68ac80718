using Supple.Cli.Resources;
using Supple.Core.Statistics;

namespace Supple.Cli.History;

/// <summary>
/// <c>supple stats</c> as plain aligned lines, used when standard output is not a terminal (a pipe, a file, a
/// script): no box drawing to strip, and none of the table layout work, which is most of the command's start-up cost.
/// </summary>
internal static class StatsText
{
    public static void Write(TextWriter output, PracticeStats s)
    {
        var lines = StatsLines.For(s, "->");
        var labelWidth = Math.Max(21, lines.Max(l => l.Label.Length) + 2);
        foreach (var (label, value) in lines)
        {
            output.WriteLine($"{label.PadRight(labelWidth)}{value}");
        }

        if (s.Stretches.Count == 0)
        {
            return;
        }

        var l = CliText.Localizer;
        string stretch = l[CliText.StatsStretch], done = l[CliText.StatsDone], skipped = l[CliText.StatsSkipped], hurt = l[CliText.StatsHurt];
        var width = Math.Max(stretch.Length, s.Stretches.Max(t => t.StretchId.Length));
        int doneWidth = Math.Max(6, done.Length), skippedWidth = Math.Max(7, skipped.Length), hurtWidth = Math.Max(5, hurt.Length);
        output.WriteLine();
        output.WriteLine($"{stretch.PadRight(width)}  {done.PadLeft(doneWidth)}  {skipped.PadLeft(skippedWidth)}  {hurt.PadLeft(hurtWidth)}");
        foreach (var t in s.Stretches)
        {
            output.WriteLine($"{t.StretchId.PadRight(width)}  {Count(t.TimesDone).PadLeft(doneWidth)}  {Count(t.TimesSkipped).PadLeft(skippedWidth)}  {Count(t.TimesHurt).PadLeft(hurtWidth)}");
        }
    }

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
