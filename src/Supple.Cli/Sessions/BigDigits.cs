using Spectre.Console;
using Spectre.Console.Rendering;

namespace Supple.Cli.Sessions;

/// <summary>
/// A countdown in block digits five rows high, readable from a mat across the room. Our own glyphs rather
/// than FigletText: they are half the width, so "1:00" fits an 80-column terminal with room to spare.
/// </summary>
internal static class BigDigits
{
    private static readonly string[][] Glyphs =
    [
        ["###", "# #", "# #", "# #", "###"], // 0
        [" # ", "## ", " # ", " # ", "###"], // 1
        ["###", "  #", "###", "#  ", "###"], // 2
        ["###", "  #", "###", "  #", "###"], // 3
        ["# #", "# #", "###", "  #", "  #"], // 4
        ["###", "#  ", "###", "  #", "###"], // 5
        ["###", "#  ", "###", "# #", "###"], // 6
        ["###", "  #", "  #", "  #", "  #"], // 7
        ["###", "# #", "###", "# #", "###"], // 8
        ["###", "# #", "###", "  #", "###"], // 9
    ];

    private static readonly string[] Colon = [" ", "#", " ", "#", " "];

    public const int Height = 5;

    /// <summary>The text as five lines; <paramref name="block"/> is the character used for ink.</summary>
    public static IReadOnlyList<string> Lines(string text, char block)
    {
        var rows = new string[Height];
        for (var row = 0; row < Height; row++)
        {
            var parts = new List<string>();
            foreach (var ch in text)
            {
                var glyph = ch switch
                {
                    >= '0' and <= '9' => Glyphs[ch - '0'][row],
                    ':' => Colon[row],
                    _ => " ",
                };
                // Each ink cell is two columns wide: terminal cells are about twice as tall as wide.
                parts.Add(string.Concat(glyph.Select(c => c == '#' ? new string(block, 2) : "  ")));
            }

            rows[row] = string.Join("  ", parts);
        }

        return rows;
    }

    /// <summary>Seconds as the countdown shows them: "45", "1:05".</summary>
    public static string Countdown(int seconds) =>
        seconds < 100 ? seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) : Rendering.Format.Clock(TimeSpan.FromSeconds(seconds));

    public static IRenderable Render(string text, bool unicode, Style style)
    {
        var lines = Lines(text, unicode ? '█' : '#');
        return new Rows(lines.Select(l => new Text(l, style).Centered()));
    }
}
