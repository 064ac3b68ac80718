using System.Globalization;

namespace Supple.Cli.Sessions;

/// <summary>Reads a 0–10 pain score typed by the user.</summary>
internal static class PainScoreText
{
    public const int Min = 0;
    public const int Max = 10;

    public static bool TryParse(string? text, out int score)
    {
        score = 0;
        return text is not null
            && int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out score)
            && score is >= Min and <= Max;
    }
}
