namespace Supple.Core.Safety;

/// <summary>Guards for pain ratings on the 0–10 scale Supple uses everywhere.</summary>
public static class PainScore
{
    /// <summary>No pain.</summary>
    public const int Min = 0;

    /// <summary>The worst pain imaginable.</summary>
    public const int Max = 10;

    /// <summary>True when <paramref name="score"/> is on the scale.</summary>
    public static bool IsValid(int score) => score is >= Min and <= Max;

    /// <summary>Throws when <paramref name="score"/> is off the scale.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The score is below 0 or above 10.</exception>
    public static int Guard(int score, string paramName)
    {
        if (!IsValid(score))
        {
            throw new ArgumentOutOfRangeException(paramName, score, "A pain rating must be a whole number from 0 to 10.");
        }

        return score;
    }
}
