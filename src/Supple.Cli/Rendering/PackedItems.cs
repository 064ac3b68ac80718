using Spectre.Console;
using Spectre.Console.Rendering;

namespace Supple.Cli.Rendering;

/// <summary>
/// Short items ("Hold 5–10 s", "Reps 10–15") joined by " · " and wrapped between items, never inside one, to the
/// width they are drawn at: a narrow terminal gets more lines, not broken values.
/// </summary>
internal sealed class PackedItems(IReadOnlyList<string> items, Style? style = null) : Renderable
{
    public static IReadOnlyList<string> Lines(IReadOnlyList<string> items, int width)
    {
        ArgumentNullException.ThrowIfNull(items);
        var lines = new List<string>();
        var line = "";
        foreach (var item in items)
        {
            var candidate = line.Length == 0 ? item : line + " · " + item;
            if (candidate.Length > width && line.Length > 0)
            {
                lines.Add(line);
                line = item;
            }
            else
            {
                line = candidate;
            }
        }

        lines.Add(line);
        return lines;
    }

    protected override Measurement Measure(RenderOptions options, int maxWidth)
    {
        var widest = Lines(items, maxWidth).Max(l => l.Length);
        return new Measurement(Math.Min(items.Max(i => i.Length), maxWidth), Math.Min(widest, maxWidth));
    }

    protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        var lines = Lines(items, maxWidth);
        for (var i = 0; i < lines.Count; i++)
        {
            yield return new Segment(lines[i], style ?? Style.Plain);
            if (i < lines.Count - 1)
            {
                yield return Segment.LineBreak;
            }
        }
    }
}
